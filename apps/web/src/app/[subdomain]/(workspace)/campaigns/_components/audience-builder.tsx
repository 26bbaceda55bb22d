"use client";

import { useEffect, useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { CAMPAIGN_CHANNEL_LABELS, type CampaignChannel } from "@aizalo/api/campaigns";
import { fieldErrorsFor, FormField, Input, Select, type FlattenedErrors } from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";
import { LANGUAGE_LABELS } from "../../customers/_components/format";
import {
  audienceInput,
  LAST_ACTIVE_LABELS,
  type AudienceDraft,
  type Language,
  type LastActive,
} from "./editor-state";

/** Who the campaign is for, over the customers' own fields, with a live count of who it reaches. */
export function AudienceBuilder({
  audience,
  channels,
  errors,
  onChange,
}: {
  audience: AudienceDraft;
  channels: CampaignChannel[];
  errors: FlattenedErrors | null;
  onChange: (audience: AudienceDraft) => void;
}) {
  const field = (key: keyof AudienceDraft) => ({
    value: audience[key],
    onChange: (event: { target: { value: string } }) =>
      onChange({ ...audience, [key]: event.target.value }),
  });
  return (
    <div className="flex flex-col gap-4">
      {fieldErrorsFor(errors, "audience").map((message) => (
        <p key={message} role="alert" className="text-sm text-danger">
          {message}
        </p>
      ))}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormField
          name="audience.tags"
          label="Tags"
          description="Customers with every tag, separated by commas."
          errors={errors}
        >
          <Input placeholder="vip, nairobi" {...field("tags")} />
        </FormField>
        <FormField name="audience.location" label="Location" errors={errors}>
          <Input placeholder="Kilimani" {...field("location")} />
        </FormField>
        <FormField name="audience.language" label="Language" errors={errors}>
          <Select
            value={audience.language}
            onChange={(event) =>
              onChange({ ...audience, language: event.target.value as Language | "" })
            }
          >
            <option value="">Any</option>
            {Object.entries(LANGUAGE_LABELS).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField name="audience.lastActive" label="Last active" errors={errors}>
          <Select
            value={audience.lastActive}
            onChange={(event) =>
              onChange({ ...audience, lastActive: event.target.value as LastActive | "" })
            }
          >
            <option value="">Any time</option>
            {Object.entries(LAST_ACTIVE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField name="audience.minLifetimeValue" label="Spent at least (KES)" errors={errors}>
          <Input inputMode="decimal" placeholder="5000" {...field("minLifetimeValue")} />
        </FormField>
        <FormField name="audience.maxLifetimeValue" label="Spent at most (KES)" errors={errors}>
          <Input inputMode="decimal" {...field("maxLifetimeValue")} />
        </FormField>
        <FormField name="audience.acquisitionChannel" label="Came to you through" errors={errors}>
          <Input placeholder="instagram" {...field("acquisitionChannel")} />
        </FormField>
      </div>
      <AudienceCount audience={audience} channels={channels} />
    </div>
  );
}

/** Counted again a moment after the filters stop changing. */
export function AudienceCount({
  audience,
  channels,
}: {
  audience: AudienceDraft;
  channels: CampaignChannel[];
}) {
  const trpc = useTRPC();
  const input = useSettled({ channels, audience: audienceInput(audience) }, 350);
  const preview = useQuery({
    ...trpc.tenant.campaigns.audiencePreview.queryOptions(input),
    placeholderData: keepPreviousData,
  });
  const data = preview.data;
  return (
    <div
      aria-live="polite"
      data-testid="audience-count"
      className="rounded-xl border border-border bg-surface-muted/60 p-4 text-sm"
    >
      {preview.isError ? (
        <p className="text-danger">Check the filters: the count could not be worked out.</p>
      ) : !data ? (
        <p className="text-muted-foreground">Counting…</p>
      ) : (
        <>
          <p className="text-base font-semibold">
            Reaches {data.reachable.toLocaleString("en-KE")}{" "}
            {data.reachable === 1 ? "customer" : "customers"}
          </p>
          <p className="text-muted-foreground">
            {data.matching.toLocaleString("en-KE")} match the filters; only those who agreed to hear
            from you on a chosen channel are counted.
          </p>
          {channels.length > 0 ? (
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
              {channels.map((channel) => (
                <li key={channel}>
                  {CAMPAIGN_CHANNEL_LABELS[channel]}:{" "}
                  {data.byChannel[channel].toLocaleString("en-KE")}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">Choose a channel to reach anyone.</p>
          )}
        </>
      )}
    </div>
  );
}

function useSettled<T>(value: T, delayMs: number): T {
  const key = JSON.stringify(value);
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(JSON.parse(key) as T), delayMs);
    return () => clearTimeout(timer);
  }, [key, delayMs]);
  return settled;
}
