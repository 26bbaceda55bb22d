import type { Metadata } from "next";
import { ShellFrame } from "../../components/shell/shell-frame";
import type { ShellNavItem } from "../../components/shell/shell-nav";
import { PLATFORM_ROLE_LABELS } from "../../components/shell/role-labels";
import { signOutOfShell } from "../../components/shell/sign-out-action";
import { StaffBrand } from "../../components/shell/staff-brand";
import { requireSalesSession } from "../../server/shell-access";
import { staffMemberFor } from "../../server/shell-people";

export const metadata: Metadata = { title: { default: "Sales", template: "%s · Sales · Aizalo" } };

const SALES_NAVIGATION: readonly ShellNavItem[] = [
  { href: "/sales", label: "Dashboard", exact: true },
  { href: "/sales/leads", label: "Leads" },
  { href: "/sales/clients", label: "My clients" },
  { href: "/sales/commissions", label: "Commissions" },
  { href: "/sales/onboarding", label: "Onboarding" },
  { href: "/sales/demo-accounts", label: "Demo accounts" },
];

// Support looks after clients: the pipeline and commissions are the sales reps'.
const SALES_REPS_ONLY = new Set<string>([
  "/sales/leads",
  "/sales/commissions",
  "/sales/onboarding",
  "/sales/demo-accounts",
]);

/** Sales reps' and support's app; the owner and admins may look in. Businesses get 403. */
export default async function SalesLayout({ children }: LayoutProps<"/sales">) {
  const claims = await requireSalesSession();
  const me = await staffMemberFor(claims, "sales");
  return (
    <ShellFrame
      brand={<StaffBrand app="Sales" />}
      title="Sales"
      navigationLabel="Sales"
      navigation={
        claims.role === "support"
          ? SALES_NAVIGATION.filter((item) => !SALES_REPS_ONLY.has(item.href))
          : SALES_NAVIGATION
      }
      person={{
        name: me.fullName,
        roleLabel: PLATFORM_ROLE_LABELS[claims.role],
        accountHref: "/sales/account",
        signOutAction: signOutOfShell,
      }}
    >
      {children}
    </ShellFrame>
  );
}
