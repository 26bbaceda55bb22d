"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import {
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  EmptyState,
  FormErrors,
  FormField,
  Input,
  Select,
  Skeleton,
} from "@aizalo/ui";
import { useTRPC } from "../../../trpc/client";
import { formErrorsOf } from "../tenants/form-errors";

/** Every flag as a card: its global switch, its per-business exceptions, and a way to add one. */
export function FlagsBoard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const flags = useQuery(trpc.admin.flags.list.queryOptions());
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.admin.flags.list.queryKey() });
  const setGlobal = useMutation(trpc.admin.flags.setGlobal.mutationOptions({ onSuccess: refresh }));
  const removeOverride = useMutation(
    trpc.admin.flags.removeOverride.mutationOptions({ onSuccess: refresh }),
  );

  if (flags.isPending) {
    return (
      <div role="status" className="flex flex-col gap-3">
        <span className="sr-only">Loading…</span>
        <Skeleton className="h-28 w-full" />
        <Skeleton className="h-28 w-full" />
      </div>
    );
  }
  if (flags.error) return <FormErrors errors={formErrorsOf(flags.error)} />;

  return (
    <div className="flex flex-col gap-4">
      <FormErrors errors={formErrorsOf(setGlobal.error ?? removeOverride.error)} />
      {flags.data.length === 0 ? (
        <EmptyState title="No feature flags yet" description="Add the first one below." />
      ) : null}
      {flags.data.map((flag) => (
        <Card key={flag.key}>
          <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
            <div>
              <CardTitle className="font-mono text-base">{flag.key}</CardTitle>
              {flag.description ? <CardDescription>{flag.description}</CardDescription> : null}
            </div>
            <Toggle
              label={`${flag.key} for every business`}
              on={flag.enabled}
              disabled={setGlobal.isPending}
              onChange={(enabled) => setGlobal.mutate({ key: flag.key, enabled })}
            />
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            {flag.overrides.length > 0 ? (
              <ul aria-label={`Exceptions to ${flag.key}`} className="flex flex-col gap-2">
                {flag.overrides.map((override) => (
                  <li
                    key={override.tenantId}
                    className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-surface-muted px-3 py-2 text-sm"
                  >
                    <span>
                      {override.businessName}: <strong>{override.enabled ? "on" : "off"}</strong>
                    </span>
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={removeOverride.isPending}
                      onClick={() =>
                        removeOverride.mutate({ key: flag.key, tenantId: override.tenantId })
                      }
                    >
                      Use global setting
                      <span className="sr-only"> for {override.businessName}</span>
                    </Button>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-muted-foreground">No exceptions.</p>
            )}
            <OverrideForm flagKey={flag.key} onSaved={refresh} />
          </CardContent>
        </Card>
      ))}
      <NewFlagForm onSaved={refresh} />
    </div>
  );
}

/** A switch (role="switch"): the state is in its name for screen readers, not only its colour. */
function Toggle({
  label,
  on,
  disabled,
  onChange,
}: {
  label: string;
  on: boolean;
  disabled: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      aria-label={label}
      disabled={disabled}
      onClick={() => onChange(!on)}
      className="inline-flex items-center gap-2 rounded-full text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-primary disabled:opacity-50"
    >
      <span
        aria-hidden="true"
        className={`relative h-6 w-11 rounded-full transition-colors ${on ? "bg-primary" : "bg-sand-300"}`}
      >
        <span
          className={`absolute top-0.5 size-5 rounded-full bg-white shadow transition-transform ${on ? "translate-x-5" : "translate-x-0.5"}`}
        />
      </span>
      {on ? "On" : "Off"}
    </button>
  );
}

function OverrideForm({ flagKey, onSaved }: { flagKey: string; onSaved: () => Promise<void> }) {
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const tenants = useQuery({
    ...trpc.admin.tenants.list.queryOptions({ search, pageSize: 10 }),
    enabled: search.length >= 2,
  });
  const save = useMutation(trpc.admin.flags.setOverride.mutationOptions({ onSuccess: onSaved }));
  const errors = formErrorsOf(save.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const tenantId = String(form.get("tenantId") ?? "");
    if (!tenantId) return;
    save.mutate({ key: flagKey, tenantId, enabled: form.get("enabled") === "on" });
  };

  return (
    <details className="rounded-lg border border-border p-3">
      <summary className="cursor-pointer text-sm font-medium">Add an exception</summary>
      <form
        onSubmit={submit}
        className="mt-3 grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-end"
      >
        <FormErrors errors={errors} className="sm:col-span-4" />
        <FormField name="find" label="Find a business">
          <Input
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="Name or subdomain"
          />
        </FormField>
        <FormField name="tenantId" label="Business">
          <Select required>
            <option value="">
              {search.length < 2 ? "Type 2 letters to search" : `${tenants.data?.total ?? 0} found`}
            </option>
            {tenants.data?.rows.map((tenant) => (
              <option key={tenant.id} value={tenant.id}>
                {tenant.businessName}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField name="enabled" label="Setting">
          <Select defaultValue="on">
            <option value="on">On</option>
            <option value="off">Off</option>
          </Select>
        </FormField>
        <Button type="submit" variant="secondary" disabled={save.isPending}>
          Add exception
        </Button>
      </form>
    </details>
  );
}

function NewFlagForm({ onSaved }: { onSaved: () => Promise<void> }) {
  const trpc = useTRPC();
  const create = useMutation(trpc.admin.flags.create.mutationOptions());
  const errors = formErrorsOf(create.error);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    const form = new FormData(target);
    try {
      await create.mutateAsync({
        key: String(form.get("key") ?? ""),
        description: String(form.get("description") ?? ""),
      });
    } catch {
      return;
    }
    target.reset();
    await onSaved();
  };
  return (
    <Card>
      <CardHeader>
        <CardTitle>New flag</CardTitle>
        <CardDescription>Starts off for everyone.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
          <FormErrors
            errors={errors?.fieldErrors.key || errors?.fieldErrors.description ? null : errors}
          />
          <FormField name="key" label="Key" errors={errors} description="Like reports.weekly_email">
            <Input autoComplete="off" />
          </FormField>
          <FormField name="description" label="What it switches" errors={errors}>
            <Input />
          </FormField>
          <div>
            <Button type="submit" disabled={create.isPending}>
              Add flag
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
