"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import {
  FormField,
  Input,
  Select,
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

interface Territory {
  id: string;
  name: string;
  city: string;
  assignedTo: string | null;
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** Territories: where each rep sells; a territory's unassigned leads are its rep's to pick up. */
export function TerritoriesSection() {
  const trpc = useTRPC();
  const territories = useQuery(trpc.admin.salesTeam.territories.queryOptions());
  return (
    <section aria-labelledby="territories-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="territories-title" className="text-lg font-semibold">
          Territories
        </h2>
        <TerritoryDialog />
      </div>
      <div className="relative overflow-x-auto">
        <Table label="Territories">
          <TableHeader>
            <TableRow>
              <TableHead>Territory</TableHead>
              <TableHead>Main town</TableHead>
              <TableHead>Sales rep</TableHead>
              <TableHead className="text-right">Leads</TableHead>
              <TableHead>Actions</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(territories.data ?? []).map((territory) => (
              <TableRow key={territory.id}>
                <TableCell className="font-medium">{territory.name}</TableCell>
                <TableCell>{territory.city}</TableCell>
                <TableCell>{territory.assignedToUser?.fullName ?? "Unassigned"}</TableCell>
                <TableCell className="text-right tabular-nums">
                  {territory._count.salesLeads}
                </TableCell>
                <TableCell>
                  <TerritoryDialog territory={territory} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

function TerritoryDialog({ territory }: { territory?: Territory }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FlattenedErrors | null>(null);
  const team = useQuery(trpc.admin.salesTeam.list.queryOptions());
  const create = useMutation(trpc.admin.salesTeam.createTerritory.mutationOptions());
  const update = useMutation(trpc.admin.salesTeam.updateTerritory.mutationOptions());
  const reps = (team.data ?? []).filter((person) => person.role === "sales" && person.isActive);

  const submit = async (form: FormData) => {
    setErrors(null);
    const fields = {
      name: text(form, "name"),
      city: text(form, "city"),
      assignedTo: text(form, "assignedTo"),
    };
    try {
      if (territory) await update.mutateAsync({ id: territory.id, ...fields });
      else await create.mutateAsync(fields);
      toast.success(`Territory ${fields.name} saved.`);
      await queryClient.invalidateQueries({ queryKey: trpc.admin.salesTeam.pathKey() });
      return true;
    } catch (error) {
      setErrors(formErrorsOf(error));
      return false;
    }
  };

  return (
    <ActionDialog
      trigger={territory ? "Edit" : "Add a territory"}
      title={territory ? `Edit ${territory.name}` : "Add a territory"}
      description="A territory has one sales rep; its unassigned leads are theirs to pick up."
      submitLabel="Save"
      errors={errors}
      pending={create.isPending || update.isPending}
      onSubmit={submit}
      onOpenChange={(open) => {
        if (!open) setErrors(null);
      }}
    >
      <FormField name="name" label="Name" errors={errors} required>
        <Input defaultValue={territory?.name ?? ""} autoComplete="off" />
      </FormField>
      <FormField name="city" label="Main town" errors={errors} required>
        <Input defaultValue={territory?.city ?? ""} autoComplete="off" />
      </FormField>
      <FormField name="assignedTo" label="Sales rep" errors={errors}>
        <Select defaultValue={territory?.assignedTo ?? ""}>
          <option value="">Nobody yet</option>
          {reps.map((rep) => (
            <option key={rep.id} value={rep.id}>
              {rep.fullName}
            </option>
          ))}
        </Select>
      </FormField>
    </ActionDialog>
  );
}
