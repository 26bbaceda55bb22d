import type { Metadata } from "next";
import { AccountPage } from "../../../components/shell/account-page";
import { requireSalesSession } from "../../../server/shell-access";

export const metadata: Metadata = { title: "Your account" };

export default async function SalesAccountPage() {
  await requireSalesSession();
  return <AccountPage />;
}
