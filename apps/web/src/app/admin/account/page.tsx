import type { Metadata } from "next";
import { AccountPage } from "../../../components/shell/account-page";
import { requireAdminSession } from "../../../server/shell-access";

export const metadata: Metadata = { title: "Your account" };

export default async function AdminAccountPage() {
  await requireAdminSession();
  return <AccountPage />;
}
