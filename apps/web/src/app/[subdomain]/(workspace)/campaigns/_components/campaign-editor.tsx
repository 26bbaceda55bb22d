"use client";

import { useState, type FormEvent } from "react";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CAMPAIGN_TYPE_LABELS, CAMPAIGN_TYPES, type CampaignType } from "@aizalo/api/campaigns";
import {
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  FormErrors,
  FormField,
  Input,
  Select,
  toast,
} from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";
import { formErrorsOf } from "../../customers/_components/trpc-errors";
import { AudienceBuilder } from "./audience-builder";
import { campaignInput, editorStateOf, type StoredCampaign } from "./editor-state";
import { MessageFields } from "./message-fields";

/**
 * The campaign editor, for a new campaign or one still open to change. "Save draft" keeps it
 * as it is; "Save and schedule" also schedules it, and if it is not ready the fields say why
 * and it stays a draft.
 */
export function CampaignEditor({
  subdomain,
  campaign,
}: {
  subdomain: string;
  campaign?: StoredCampaign & { id: string; status: string };
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [state, setState] = useState(() => editorStateOf(campaign));
  const create = useMutation(trpc.tenant.campaigns.create.mutationOptions());
  const update = useMutation(trpc.tenant.campaigns.update.mutationOptions());
  const schedule = useMutation(trpc.tenant.campaigns.changeStatus.mutationOptions());
  const errors = formErrorsOf(create.error ?? update.error ?? schedule.error);
  const saving = create.isPending || update.isPending || schedule.isPending;
  const canSchedule = !campaign || campaign.status === "draft";
  // Once created, a failed scheduling must not create it a second time.
  const [savedId, setSavedId] = useState(campaign?.id);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const andSchedule =
      (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") === "schedule";
    create.reset();
    update.reset();
    schedule.reset();
    try {
      const input = campaignInput(state);
      const id = savedId
        ? (await update.mutateAsync({ id: savedId, ...input })).id
        : (await create.mutateAsync(input)).id;
      setSavedId(id);
      await queryClient.invalidateQueries({ queryKey: trpc.tenant.campaigns.pathKey() });
      if (andSchedule) {
        await schedule.mutateAsync({ id, to: "scheduled" });
        await queryClient.invalidateQueries({ queryKey: trpc.tenant.campaigns.pathKey() });
      }
      toast.success(andSchedule ? "Campaign scheduled" : "Campaign saved");
      router.push(`/${subdomain}/campaigns/${id}` as Route);
    } catch {
      // Shown in the form, field by field.
    }
  }

  return (
    <form onSubmit={save} className="flex flex-col gap-6" noValidate>
      <FormErrors errors={errors} />
      <Card>
        <CardHeader>
          <CardTitle>Details</CardTitle>
        </CardHeader>
        <CardContent className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <FormField name="name" label="Name" errors={errors} required className="sm:col-span-2">
            <Input
              value={state.name}
              onChange={(event) => setState({ ...state, name: event.target.value })}
            />
          </FormField>
          <FormField name="type" label="Kind of campaign" errors={errors} required>
            <Select
              value={state.type}
              onChange={(event) => setState({ ...state, type: event.target.value as CampaignType })}
            >
              {CAMPAIGN_TYPES.map((type) => (
                <option key={type} value={type}>
                  {CAMPAIGN_TYPE_LABELS[type]}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField name="budget" label="Budget (KES)" errors={errors}>
            <Input
              inputMode="decimal"
              placeholder="15000"
              value={state.budget}
              onChange={(event) => setState({ ...state, budget: event.target.value })}
            />
          </FormField>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Messages</CardTitle>
          <CardDescription>One message per channel, in the customer&apos;s words.</CardDescription>
        </CardHeader>
        <CardContent>
          <MessageFields
            channels={state.channels}
            content={state.content}
            errors={errors}
            onChannels={(channels) => setState({ ...state, channels })}
            onContent={(content) => setState({ ...state, content })}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Audience</CardTitle>
          <CardDescription>
            Campaigns reach only customers who agreed to hear from you on that channel.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <AudienceBuilder
            audience={state.audience}
            channels={state.channels}
            errors={errors}
            onChange={(audience) => setState({ ...state, audience })}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Schedule</CardTitle>
          <CardDescription>Nairobi time. The campaign starts and ends on its own.</CardDescription>
        </CardHeader>
        <CardContent className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <FormField name="startsAt" label="Starts" errors={errors}>
            <Input
              type="datetime-local"
              value={state.startsAt}
              onChange={(event) => setState({ ...state, startsAt: event.target.value })}
            />
          </FormField>
          <FormField name="endsAt" label="Ends" errors={errors}>
            <Input
              type="datetime-local"
              value={state.endsAt}
              onChange={(event) => setState({ ...state, endsAt: event.target.value })}
            />
          </FormField>
        </CardContent>
      </Card>
      <div className="flex flex-wrap justify-end gap-2">
        <Button
          variant="secondary"
          onClick={() =>
            router.push(
              (campaign
                ? `/${subdomain}/campaigns/${campaign.id}`
                : `/${subdomain}/campaigns`) as Route,
            )
          }
        >
          Cancel
        </Button>
        <Button type="submit" name="intent" value="save" variant="secondary" disabled={saving}>
          {campaign && campaign.status !== "draft" ? "Save changes" : "Save draft"}
        </Button>
        {canSchedule ? (
          <Button type="submit" name="intent" value="schedule" disabled={saving}>
            Save and schedule
          </Button>
        ) : null}
      </div>
    </form>
  );
}
