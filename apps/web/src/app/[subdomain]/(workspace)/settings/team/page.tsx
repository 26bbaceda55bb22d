import type { Metadata } from "next";
import type { TenantRole } from "@aizalo/db";
import { TeamSection } from "../../../../../components/team/team-section";
import { requireWorkspaceSession } from "../../../../../server/shell-access";

export const metadata: Metadata = { title: "Team" };

/** Who may be invited with which role: nobody hands out a role above their own. */
const GRANTABLE: Partial<Record<TenantRole, readonly TenantRole[]>> = {
  owner: ["owner", "admin", "staff", "viewer"],
  admin: ["admin", "staff", "viewer"],
};

/** Settings → Team: owners and admins manage the team; everyone else is told who does. */
export default async function TeamPage(props: PageProps<"/[subdomain]/settings/team">) {
  const claims = await requireWorkspaceSession((await props.params).subdomain);
  const grantable = GRANTABLE[claims.role];
  if (!grantable) {
    return (
      <p className="text-sm text-muted-foreground">
        The business&apos;s owners and admins manage the team. Ask one of them to invite someone or
        change a role.
      </p>
    );
  }
  return <TeamSection grantableRoles={grantable} />;
}
