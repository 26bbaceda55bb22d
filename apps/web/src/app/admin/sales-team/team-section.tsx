"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import {
  Badge,
  Button,
  EmptyState,
  FormErrors,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  toast,
  type FlattenedErrors,
} from "@aizalo/ui";
import { useTRPC } from "../../../trpc/client";
import { ActionDialog } from "../tenants/[id]/action-dialog";
import { formErrorsOf } from "../tenants/form-errors";
import { PersonDialog } from "./person-dialog";
import { RatesDialog } from "./rates-dialog";

/** The team: who they are, their state, territories and rates, and what can be done. */
export function TeamSection({ canSetRates }: { canSetRates: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const team = useQuery(trpc.admin.salesTeam.list.queryOptions());
  const setActive = useMutation(trpc.admin.salesTeam.setActive.mutationOptions());
  const resend = useMutation(trpc.admin.salesTeam.resendInvitation.mutationOptions());
  const [errors, setErrors] = useState<FlattenedErrors | null>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.salesTeam.pathKey() });
  const changeActive = async (id: string, name: string, active: boolean) => {
    setErrors(null);
    try {
      await setActive.mutateAsync({ id, active });
      toast.success(
        active ? `${name} can sign in again.` : `${name} was deactivated and signed out.`,
      );
      await refresh();
      return true;
    } catch (error) {
      setErrors(formErrorsOf(error));
      return false;
    }
  };
  const resendLink = async (id: string, email: string) => {
    setErrors(null);
    try {
      await resend.mutateAsync({ id });
      toast.success(`A new invitation was sent to ${email}.`);
    } catch (error) {
      setErrors(formErrorsOf(error));
    }
  };

  return (
    <section aria-labelledby="team-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="team-title" className="text-lg font-semibold">
          People
        </h2>
        <PersonDialog />
      </div>
      <FormErrors errors={errors} />
      {team.data?.length === 0 ? (
        <EmptyState title="No salespeople yet" description="Add the first one to start selling." />
      ) : (
        <div className="relative overflow-x-auto">
          <Table label="Sales team">
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Role</TableHead>
                <TableHead>Territories</TableHead>
                <TableHead>Rates (setup / recurring)</TableHead>
                <TableHead>State</TableHead>
                <TableHead>Actions</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {(team.data ?? []).map((person) => (
                <TableRow key={person.id}>
                  <TableCell>
                    <span className="flex flex-col">
                      <span className="font-medium">{person.fullName}</span>
                      <span className="text-xs text-muted-foreground">
                        {person.email}
                        {person.phone ? ` · ${person.phone}` : ""}
                      </span>
                    </span>
                  </TableCell>
                  <TableCell>{person.role === "sales" ? "Sales rep" : "Support"}</TableCell>
                  <TableCell>
                    {person.territories.map((territory) => territory.name).join(", ") || "—"}
                  </TableCell>
                  <TableCell className="tabular-nums whitespace-nowrap">
                    {person.role !== "sales"
                      ? "—"
                      : person.rates
                        ? `${person.rates.setupRate.toFixed(2)}% / ${person.rates.recurringRate.toFixed(2)}%`
                        : "Not set"}
                  </TableCell>
                  <TableCell>
                    {!person.isActive ? (
                      <Badge tone="neutral">Deactivated</Badge>
                    ) : person.invitationPending ? (
                      <Badge tone="warning">Invitation sent</Badge>
                    ) : (
                      <Badge tone="success">Active</Badge>
                    )}
                  </TableCell>
                  <TableCell>
                    <div className="flex flex-wrap gap-2">
                      <PersonDialog
                        person={{
                          id: person.id,
                          fullName: person.fullName,
                          email: person.email,
                          phone: person.phone,
                          role: person.role as "sales" | "support",
                        }}
                      />
                      {canSetRates && person.role === "sales" ? (
                        <RatesDialog rep={{ id: person.id, fullName: person.fullName }} />
                      ) : null}
                      {person.isActive && person.invitationPending ? (
                        <Button
                          variant="secondary"
                          disabled={resend.isPending}
                          onClick={() => void resendLink(person.id, person.email)}
                        >
                          Resend invitation
                        </Button>
                      ) : null}
                      <ActionDialog
                        trigger={person.isActive ? "Deactivate" : "Reactivate"}
                        triggerVariant={person.isActive ? "danger" : "secondary"}
                        title={`${person.isActive ? "Deactivate" : "Reactivate"} ${person.fullName}?`}
                        description={
                          person.isActive
                            ? "They are signed out at once and cannot sign in. Their businesses, leads and commissions stay as they are."
                            : "They can sign in again with their password."
                        }
                        submitLabel={person.isActive ? "Deactivate" : "Reactivate"}
                        submitVariant={person.isActive ? "danger" : "primary"}
                        errors={null}
                        pending={setActive.isPending}
                        onSubmit={() => changeActive(person.id, person.fullName, !person.isActive)}
                      >
                        {null}
                      </ActionDialog>
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
