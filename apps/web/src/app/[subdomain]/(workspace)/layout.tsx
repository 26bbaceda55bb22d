import type { Route } from "next";
import { Badge, ImpersonationBanner, initialsOf, Toaster } from "@aizalo/ui";
import { ShellFrame } from "../../../components/shell/shell-frame";
import type { ShellNavItem } from "../../../components/shell/shell-nav";
import { TENANT_ROLE_LABELS } from "../../../components/shell/role-labels";
import { signOutOfShell } from "../../../components/shell/sign-out-action";
import { industryLabel } from "../../../lib/industry";
import { requireWorkspaceSession } from "../../../server/shell-access";
import { impersonationFor, workspaceMemberFor } from "../../../server/shell-people";

/**
 * A business's workspace, for its own users and for the platform owner while "logged in as" it.
 * Everyone else signed in gets the 403 page, which names nothing about this business. The
 * sign-in pages sit outside this route group, so they never pass through this check.
 */
export default async function WorkspaceLayout({ children, params }: LayoutProps<"/[subdomain]">) {
  const { subdomain } = await params;
  const claims = await requireWorkspaceSession(subdomain);
  const [member, impersonation] = await Promise.all([
    workspaceMemberFor(claims),
    impersonationFor(claims),
  ]);
  const { businessName, industry, isDemo } = member.tenant;
  // Only pages that exist: Campaigns, Settings and the industry's own pages join as their
  // issues build them.
  const navigation: readonly ShellNavItem[] = [
    { href: `/${subdomain}/dashboard` as Route, label: "Dashboard" },
    { href: `/${subdomain}/conversations` as Route, label: "Conversations" },
    { href: `/${subdomain}/campaigns` as Route, label: "Campaigns" },
    { href: `/${subdomain}/customers` as Route, label: "Customers" },
    { href: `/${subdomain}/leads` as Route, label: "Leads" },
    // analytics.view: every role but viewer (the page and the API refuse viewers).
    ...(claims.role === "viewer"
      ? []
      : [{ href: `/${subdomain}/analytics` as Route, label: "Analytics" }]),
    { href: `/${subdomain}/settings` as Route, label: "Settings" },
  ];

  return (
    <ShellFrame
      brand={
        <span className="inline-flex min-w-0 items-center gap-2 font-semibold text-foreground">
          <span
            aria-hidden="true"
            className="flex size-8 shrink-0 items-center justify-center rounded-lg bg-primary text-xs text-primary-foreground"
          >
            {initialsOf(businessName)}
          </span>
          <span className="truncate">{businessName}</span>
        </span>
      }
      title={
        <>
          {businessName}
          <span className="font-normal text-muted-foreground"> · {industryLabel(industry)}</span>
          {/* A sales demo account: sample data, removed when it expires. */}
          {isDemo ? (
            <Badge tone="warning" className="ml-2 align-middle">
              Demo
            </Badge>
          ) : null}
        </>
      }
      navigationLabel={businessName}
      navigation={navigation}
      person={
        member.user
          ? {
              name: member.user.fullName,
              roleLabel: TENANT_ROLE_LABELS[member.role],
              accountHref: `/${subdomain}/account` as Route,
              signOutAction: signOutOfShell,
            }
          : // The owner "logged in as" this business has no account here to change.
            {
              name: "Platform owner",
              roleLabel: "Viewing as this business",
              signOutAction: signOutOfShell,
            }
      }
      banner={
        impersonation ? (
          // Stop posts to the session switch, which reads the session from the cookie.
          <ImpersonationBanner
            businessName={businessName}
            mode={impersonation.allowChanges ? "changes-allowed" : "read-only"}
            endsAt={impersonation.expiresAt}
            stopAction="/api/impersonation/stop"
          />
        ) : null
      }
    >
      {children}
      {/* One place for every workspace page's confirmations ("Customer saved"). */}
      <Toaster />
    </ShellFrame>
  );
}
