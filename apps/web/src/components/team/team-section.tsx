"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { TenantRole } from "@aizalo/db";
import {
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@aizalo/ui";
import { useTRPC } from "../../trpc/client";
import { TENANT_ROLE_LABELS } from "../shell/role-labels";
import { InviteForm } from "./invite-form";
import { PendingInvitations } from "./pending-invitations";

/** The business's people: who is on the team, who is invited, and inviting someone new. */
export function TeamSection({ grantableRoles }: { grantableRoles: readonly TenantRole[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const team = useQuery(trpc.tenant.team.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.tenant.team.list.queryFilter());

  return (
    <section aria-labelledby="team" className="flex flex-col gap-4">
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
          <Table label="Team members">
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Email</TableHead>
                <TableHead>Role</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {team.data.members.map((member) => (
                <TableRow key={member.id}>
                  <TableCell>
                    {member.fullName}
                    {member.isActive ? null : (
                      <span className="text-muted-foreground"> (deactivated)</span>
                    )}
                  </TableCell>
                  <TableCell className="break-all">{member.email}</TableCell>
                  <TableCell>{TENANT_ROLE_LABELS[member.role]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <PendingInvitations invites={team.data.pendingInvites} onRevoked={refresh} />
        </>
      )}
    </section>
  );
}
