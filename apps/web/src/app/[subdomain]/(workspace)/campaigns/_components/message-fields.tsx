"use client";

import {
  CAMPAIGN_CHANNEL_LABELS,
  CAMPAIGN_CHANNELS,
  MESSAGE_VARIABLES,
  smsLength,
  variableProblem,
  type CampaignChannel,
} from "@aizalo/api/campaigns";
import { FormField, Input, Textarea, type FlattenedErrors } from "@aizalo/ui";
import type { EditorState } from "./editor-state";

type Content = EditorState["content"];

/** The channels to use and a message for each, with its variables checked as it is typed. */
export function MessageFields({
  channels,
  content,
  errors,
  onChannels,
  onContent,
}: {
  channels: CampaignChannel[];
  content: Content;
  errors: FlattenedErrors | null;
  onChannels: (channels: CampaignChannel[]) => void;
  onContent: (content: Content) => void;
}) {
  const shown = withLiveProblems(errors, content, channels);
  const channelErrors = shown?.fieldErrors.channels ?? [];
  const message = (key: keyof Content) => ({
    value: content[key],
    onChange: (event: { target: { value: string } }) =>
      onContent({ ...content, [key]: event.target.value }),
  });

  return (
    <div className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">Channels</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {CAMPAIGN_CHANNELS.map((channel) => (
            <label key={channel} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4"
                checked={channels.includes(channel)}
                onChange={(event) =>
                  onChannels(
                    event.target.checked
                      ? CAMPAIGN_CHANNELS.filter((c) => c === channel || channels.includes(c))
                      : channels.filter((c) => c !== channel),
                  )
                }
              />
              {CAMPAIGN_CHANNEL_LABELS[channel]}
            </label>
          ))}
        </div>
        {channelErrors.map((text) => (
          <p key={text} className="text-sm text-danger">
            {text}
          </p>
        ))}
      </fieldset>
      <p className="text-sm text-muted-foreground">
        Personalise with{" "}
        {Object.keys(MESSAGE_VARIABLES).map((name, index) => (
          <span key={name}>
            {index > 0 ? ", " : null}
            <code className="rounded bg-surface-muted px-1">{`{{${name}}}`}</code>
          </span>
        ))}
        .
      </p>
      {channels.includes("whatsapp") ? (
        <FormField name="content.whatsapp" label="WhatsApp message" errors={shown}>
          <Textarea rows={4} {...message("whatsapp")} />
        </FormField>
      ) : null}
      {channels.includes("sms") ? (
        <FormField
          name="content.sms"
          label="SMS message"
          errors={shown}
          description={<SmsCounter text={content.sms} />}
        >
          <Textarea rows={3} {...message("sms")} />
        </FormField>
      ) : null}
      {channels.includes("email") ? (
        <>
          <FormField name="content.emailSubject" label="Email subject" errors={shown}>
            <Input {...message("emailSubject")} />
          </FormField>
          <FormField name="content.email" label="Email message" errors={shown}>
            <Textarea rows={6} {...message("email")} />
          </FormField>
        </>
      ) : null}
    </div>
  );
}

function SmsCounter({ text }: { text: string }) {
  const length = smsLength(text);
  const parts = length.segments === 1 ? "1 SMS" : `${length.segments} SMS`;
  return (
    <span aria-live="polite">
      {length.characters} characters · {parts} ({length.encoding}) · {length.remaining} left in this
      part
      {length.encoding === "UCS-2" ? " — an emoji or special character shortens each SMS" : ""}
    </span>
  );
}

/** The server's errors plus unknown variables spotted while typing, under each message. */
function withLiveProblems(
  errors: FlattenedErrors | null,
  content: Content,
  channels: CampaignChannel[],
): FlattenedErrors | null {
  const live: Record<string, string[]> = {};
  const keys: (keyof Content)[] = [...channels];
  if (channels.includes("email")) keys.push("emailSubject");
  for (const key of keys) {
    const problem = variableProblem(content[key]);
    if (problem) live[`content.${key}`] = [problem];
  }
  if (Object.keys(live).length === 0) return errors;
  return {
    formErrors: errors?.formErrors ?? [],
    fieldErrors: { ...errors?.fieldErrors, ...live },
  };
}
