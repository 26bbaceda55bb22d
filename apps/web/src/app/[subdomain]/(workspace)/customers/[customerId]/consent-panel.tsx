"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import {
  Badge,
  Button,
  Card,
  CardContent,
  CardHeader,
  CardTitle,
  Label,
  Select,
  toast,
} from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";
import { CHANNEL_LABELS, formatDateTime } from "../_components/format";

type Channel = "whatsapp" | "sms" | "email";
interface ConsentState {
  granted: boolean;
  source: string;
  byCustomer: boolean;
  recordedAt: Date;
}

const SOURCE_LABELS: Record<string, string> = {
  in_person: "In person",
  website_form: "Website form",
  whatsapp_message: "WhatsApp message",
  sms_reply: "SMS reply",
  email_link: "Email link",
  csv_import: "CSV import",
  customer_request: "Customer's request",
  other: "Other",
};
type Source =
  | "in_person"
  | "website_form"
  | "whatsapp_message"
  | "sms_reply"
  | "email_link"
  | "customer_request"
  | "other";

/**
 * Marketing consent per channel. Campaigns reach a customer on a channel only while its latest
 * record is a grant; an opt-out by the customer is recorded as theirs.
 */
export function ConsentPanel({
  customerId,
  consents,
  canWrite,
  hasEmail,
}: {
  customerId: string;
  consents: Record<Channel, ConsentState | null>;
  canWrite: boolean;
  hasEmail: boolean;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Marketing consent</CardTitle>
      </CardHeader>
      <CardContent>
        <ul className="flex flex-col divide-y divide-border">
          {(["whatsapp", "sms", "email"] as const).map((channel) => (
            <ConsentRow
              key={channel}
              customerId={customerId}
              channel={channel}
              state={consents[channel]}
              canWrite={canWrite}
              note={channel === "email" && !hasEmail ? "No email address on file." : null}
            />
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}

function ConsentRow({
  customerId,
  channel,
  state,
  canWrite,
  note,
}: {
  customerId: string;
  channel: Channel;
  state: ConsentState | null;
  canWrite: boolean;
  note: string | null;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [source, setSource] = useState<Source>("in_person");
  const record = useMutation(trpc.tenant.customers.recordConsent.mutationOptions());
  const label = CHANNEL_LABELS[channel] ?? channel;

  async function save(granted: boolean) {
    try {
      await record.mutateAsync({
        customerId,
        channel,
        granted,
        source,
        byCustomer: source === "customer_request" || source === "sms_reply",
      });
      await queryClient.invalidateQueries({
        queryKey: trpc.tenant.customers.get.queryKey({ id: customerId }),
      });
      toast.success(granted ? `${label} consent recorded` : `${label} opt-out recorded`);
    } catch {
      toast.error("That could not be saved.");
    }
  }

  return (
    <li className="flex flex-col gap-3 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="flex flex-col gap-1">
        <span className="flex items-center gap-2 font-medium">
          {label}
          {state === null ? (
            <Badge>Not asked</Badge>
          ) : state.granted ? (
            <Badge tone="success">Consented</Badge>
          ) : (
            <Badge tone="danger">{state.byCustomer ? "Opted out" : "No consent"}</Badge>
          )}
        </span>
        <span className="text-sm text-muted-foreground">
          {state
            ? `${SOURCE_LABELS[state.source] ?? state.source} · ${formatDateTime(state.recordedAt)}`
            : "Campaigns do not reach them here until they agree."}
          {note ? ` ${note}` : ""}
        </span>
      </div>
      {canWrite ? (
        <div className="flex flex-wrap items-end gap-2">
          <div className="flex flex-col gap-1">
            <Label htmlFor={`consent-source-${channel}`} className="text-xs">
              How you learned it
            </Label>
            <Select
              id={`consent-source-${channel}`}
              value={source}
              onChange={(event) => setSource(event.target.value as Source)}
            >
              {Object.entries(SOURCE_LABELS)
                .filter(([value]) => value !== "csv_import")
                .map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
            </Select>
          </div>
          <Button
            size="sm"
            variant="secondary"
            disabled={record.isPending}
            onClick={() => save(true)}
          >
            Record consent <span className="sr-only">for {label}</span>
          </Button>
          <Button
            size="sm"
            variant="secondary"
            disabled={record.isPending}
            onClick={() => save(false)}
          >
            Record opt-out <span className="sr-only">for {label}</span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}
