import type { Metadata } from "next";
import { Toaster } from "@aizalo/ui";
import { ShellFrame } from "../../components/shell/shell-frame";
import type { ShellNavItem } from "../../components/shell/shell-nav";
import { PLATFORM_ROLE_LABELS } from "../../components/shell/role-labels";
import { signOutOfShell } from "../../components/shell/sign-out-action";
import { StaffBrand } from "../../components/shell/staff-brand";
import { requireAdminSession } from "../../server/shell-access";
import { staffMemberFor } from "../../server/shell-people";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin · Aizalo" } };

// Only pages that exist: Tenants, Sales team, Revenue, System, Audit log and Feature flags join
// as their issues build them.
const ADMIN_NAVIGATION: readonly ShellNavItem[] = [
  { href: "/admin", label: "Overview", exact: true },
  { href: "/admin/tenants", label: "Tenants" },
  { href: "/admin/sales-team", label: "Sales team" },
  { href: "/admin/revenue", label: "Revenue" },
  { href: "/admin/system", label: "System" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/flags", label: "Feature flags" },
];

/** The platform owner's and admins' app. Anyone else signed in gets the 403 page. */
export default async function AdminLayout({ children }: LayoutProps<"/admin">) {
  const claims = await requireAdminSession();
  const me = await staffMemberFor(claims, "admin");
  return (
    <ShellFrame
      brand={<StaffBrand app="Admin" />}
      title="Admin"
      navigationLabel="Admin"
      navigation={ADMIN_NAVIGATION}
      person={{
        name: me.fullName,
        roleLabel: PLATFORM_ROLE_LABELS[claims.role],
        accountHref: "/admin/account",
        signOutAction: signOutOfShell,
      }}
    >
      {children}
      {/* One live region for the admin pages' confirmations (sonner). */}
      <Toaster />
    </ShellFrame>
  );
}
