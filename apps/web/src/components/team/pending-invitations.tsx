"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { TenantRole } from "@aizalo/db";
import { Button, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@aizalo/ui";
import { useTRPC } from "../../trpc/client";
import { TENANT_ROLE_LABELS } from "../shell/role-labels";

interface PendingInvite {
  id: string;
  fullName: string;
  email: string;
  role: TenantRole;
  expiresAt: Date;
}

const expiry = new Intl.DateTimeFormat("en-KE", {
  dateStyle: "medium",
  timeZone: "Africa/Nairobi",
});

/** Invitations not yet accepted; withdrawing one makes its link stop working. */
export function PendingInvitations({
  invites,
  onRevoked,
}: {
  invites: readonly PendingInvite[];
  onRevoked: () => void;
}) {
  const trpc = useTRPC();
  const [outcome, setOutcome] = useState<string | null>(null);
  const revoke = useMutation(
    trpc.tenant.team.revokeInvite.mutationOptions({
      onSuccess: () => {
        setOutcome("Invitation withdrawn: its link no longer works.");
        onRevoked();
      },
      onError: (error) => setOutcome(error.message),
    }),
  );
  return (
    <div className="flex flex-col gap-2">
      <p role="status" className="text-sm text-muted-foreground">
        {outcome}
      </p>
      {invites.length > 0 ? (
        <Table label="Invitations waiting for an answer">
          <TableHeader>
            <TableRow>
              <TableHead>Invited</TableHead>
              <TableHead>Role</TableHead>
              <TableHead>Link works until</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {invites.map((invite) => (
              <TableRow key={invite.id}>
                <TableCell>
                  {invite.fullName}
                  <span className="block break-all text-muted-foreground">{invite.email}</span>
                </TableCell>
                <TableCell>{TENANT_ROLE_LABELS[invite.role]}</TableCell>
                <TableCell>{expiry.format(invite.expiresAt)}</TableCell>
                <TableCell className="text-right">
                  <Button
                    variant="ghost"
                    size="sm"
                    disabled={revoke.isPending}
                    onClick={() => revoke.mutate({ invitationId: invite.id })}
                    aria-label={`Withdraw the invitation of ${invite.fullName}`}
                  >
                    Withdraw
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </div>
  );
}
