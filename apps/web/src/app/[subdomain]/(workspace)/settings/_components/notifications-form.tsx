"use client";

import { useMutation } from "@tanstack/react-query";
import { fieldErrorsFor } from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";
import { SettingsSection } from "./settings-section";
import { checkedValues, type WorkspaceSettings } from "./settings-types";
import { useSaveFeedback } from "./use-save-settings";

type Notifications = WorkspaceSettings["notifications"];
type Event = keyof Notifications;
type Channel = Notifications[Event][number];

const EVENTS: Record<Event, string> = {
  new_lead: "A new lead comes in",
  new_message: "A customer is waiting for a reply",
  follow_up_due: "A follow-up is due",
  campaign_completed: "A campaign finishes",
  weekly_summary: "Weekly summary",
};
const CHANNELS: Record<Channel, string> = { email: "Email", sms: "SMS", whatsapp: "WhatsApp" };

/** Which events reach the business, and how (to its contact email and phone). */
export function NotificationsForm({
  notifications,
  editable,
}: {
  notifications: Notifications;
  editable: boolean;
}) {
  const trpc = useTRPC();
  const feedback = useSaveFeedback("Notification preferences saved");
  const save = useMutation(trpc.tenant.settings.updateNotifications.mutationOptions(feedback));
  const events = Object.keys(EVENTS) as Event[];

  return (
    <SettingsSection
      id="notifications"
      title="Notifications"
      description="What we tell you about, and where: your business email and phone from the profile."
      editable={editable}
      saving={save.isPending}
      errors={feedback.errors}
      onSubmit={(form) =>
        save.mutate(
          Object.fromEntries(
            events.map((event) => [event, checkedValues(form, event) as Channel[]]),
          ) as Notifications,
        )
      }
    >
      <ul className="flex flex-col divide-y divide-border">
        {events.map((event) => {
          const messages = fieldErrorsFor(feedback.errors, event);
          return (
            <li key={event} className="flex flex-col gap-2 py-2 sm:flex-row sm:items-center">
              <fieldset className="flex min-w-0 flex-1 flex-col gap-2 sm:flex-row sm:items-center">
                <legend className="float-left text-sm font-medium text-foreground sm:w-72">
                  {EVENTS[event]}
                </legend>
                <div className="flex flex-wrap gap-4">
                  {(Object.keys(CHANNELS) as Channel[]).map((channel) => (
                    <label key={channel} className="inline-flex items-center gap-2 text-sm">
                      <input
                        type="checkbox"
                        name={event}
                        value={channel}
                        defaultChecked={notifications[event].includes(channel)}
                        className="size-4"
                      />
                      {CHANNELS[channel]}
                    </label>
                  ))}
                </div>
              </fieldset>
              {messages.length > 0 ? (
                <p className="text-sm text-danger">{messages.join(" ")}</p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </SettingsSection>
  );
}
