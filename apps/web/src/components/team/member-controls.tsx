"use client";

import { useMutation } from "@tanstack/react-query";
import type { TenantRole } from "@aizalo/db";
import { Button, Label, Select, toast } from "@aizalo/ui";
import { useTRPC } from "../../trpc/client";
import { TENANT_ROLE_LABELS } from "../shell/role-labels";
import { MemberPermissions } from "./member-permissions";

export interface TeamMember {
  id: string;
  fullName: string;
  role: TenantRole;
  isActive: boolean;
  permissions: string[];
}

/**
 * What an owner or admin can change about someone else: role, staff's extra permissions,
 * deactivate/reactivate, and (owners only) hand the business over. The API refuses the rest
 * (an admin touching an owner, anyone changing themselves) with a message shown in a toast.
 */
export function MemberControls({
  member,
  yourRole,
  grantableRoles,
  onChanged,
}: {
  member: TeamMember;
  yourRole: TenantRole;
  grantableRoles: readonly TenantRole[];
  onChanged: () => void;
}) {
  const trpc = useTRPC();
  const feedback = (message: string) => ({
    onSuccess: () => {
      toast.success(message);
      onChanged();
    },
    onError: (error: { message: string }) => {
      toast.error(error.message);
      onChanged();
    },
  });
  const changeRole = useMutation(
    trpc.tenant.team.changeRole.mutationOptions(feedback(`${member.fullName}'s role changed`)),
  );
  const setActive = useMutation(
    trpc.tenant.team.setActive.mutationOptions(
      feedback(
        member.isActive ? `${member.fullName} deactivated` : `${member.fullName} reactivated`,
      ),
    ),
  );
  const transfer = useMutation(
    trpc.tenant.team.transferOwnership.mutationOptions({
      onSuccess: () => {
        // The caller is an admin now: their session ended with the role change.
        window.location.reload();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  // Only an owner changes an owner (PostgreSQL agrees); admins see an owner's row read-only.
  if (member.role === "owner" && yourRole !== "owner") return null;
  const roles = grantableRoles.includes(member.role)
    ? grantableRoles
    : [member.role, ...grantableRoles];
  const busy = changeRole.isPending || setActive.isPending || transfer.isPending;
  const roleId = `role-${member.id}`;

  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <Label htmlFor={roleId} className="sr-only">
          Role for {member.fullName}
        </Label>
        <Select
          id={roleId}
          value={member.role}
          disabled={busy}
          onChange={(event) =>
            changeRole.mutate({ userId: member.id, role: event.target.value as TenantRole })
          }
          className="w-36"
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {TENANT_ROLE_LABELS[role]}
            </option>
          ))}
        </Select>
      </div>
      {member.role === "staff" ? <MemberPermissions member={member} onChanged={onChanged} /> : null}
      <Button
        variant="secondary"
        disabled={busy}
        onClick={() => {
          if (
            !member.isActive ||
            window.confirm(`Deactivate ${member.fullName}? They are signed out at once.`)
          ) {
            setActive.mutate({ userId: member.id, active: !member.isActive });
          }
        }}
      >
        {member.isActive ? "Deactivate" : "Reactivate"}
      </Button>
      {yourRole === "owner" && member.isActive && member.role !== "owner" ? (
        <Button
          variant="ghost"
          disabled={busy}
          onClick={() => {
            if (
              window.confirm(
                `Make ${member.fullName} the owner? You become an admin and are signed out to sign in again.`,
              )
            ) {
              transfer.mutate({ userId: member.id });
            }
          }}
        >
          Transfer ownership
        </Button>
      ) : null}
    </div>
  );
}
