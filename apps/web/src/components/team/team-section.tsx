"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { TenantRole } from "@aizalo/db";
import { Badge, Skeleton } from "@aizalo/ui";
import { useTRPC } from "../../trpc/client";
import { TENANT_ROLE_LABELS } from "../shell/role-labels";
import { InviteForm } from "./invite-form";
import { MemberControls } from "./member-controls";
import { PendingInvitations } from "./pending-invitations";

/**
 * The business's people (Settings → Team): who is on the team, changing their role,
 * permissions and access, who is invited, and inviting someone new. A list rather than a table,
 * so each person's controls wrap under their name on a phone.
 */
export function TeamSection({ grantableRoles }: { grantableRoles: readonly TenantRole[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const team = useQuery(trpc.tenant.team.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.tenant.team.list.queryFilter());

  return (
    <section aria-labelledby="team" className="flex min-w-0 flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h2 id="team" className="text-lg font-semibold text-foreground">
          Your team
        </h2>
        <p className="text-sm text-muted-foreground">
          Invite the people who work with you. Each signs in with their own email and password.
        </p>
      </div>
      <InviteForm roles={grantableRoles} onInvited={refresh} />
      {team.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : team.isError ? (
        <p role="alert" className="text-sm text-danger">
          The team could not be loaded: {team.error.message}
        </p>
      ) : (
        <>
          <ul aria-label="Team members" className="flex flex-col divide-y divide-border">
            {team.data.members.map((member) => (
              <li key={member.id} className="flex flex-col gap-3 py-3 md:flex-row md:items-center">
                <div className="flex min-w-0 flex-1 flex-col">
                  <span className="font-medium text-foreground">
                    {member.fullName}
                    {member.id === team.data.yourId ? (
                      <span className="text-muted-foreground"> (you)</span>
                    ) : null}
                  </span>
                  <span className="text-sm break-all text-muted-foreground">{member.email}</span>
                  <span className="mt-1 flex gap-2">
                    <Badge>{TENANT_ROLE_LABELS[member.role]}</Badge>
                    {member.isActive ? null : <Badge tone="warning">Deactivated</Badge>}
                  </span>
                </div>
                {member.id === team.data.yourId ? null : (
                  <MemberControls
                    member={member}
                    yourRole={team.data.yourRole}
                    grantableRoles={grantableRoles}
                    onChanged={refresh}
                  />
                )}
              </li>
            ))}
          </ul>
          <PendingInvitations invites={team.data.pendingInvites} onRevoked={refresh} />
        </>
      )}
    </section>
  );
}
