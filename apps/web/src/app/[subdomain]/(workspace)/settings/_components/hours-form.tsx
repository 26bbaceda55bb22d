"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { fieldErrorsFor, Input } from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";
import { SettingsSection } from "./settings-section";
import type { WorkspaceSettings } from "./settings-types";
import { useSaveFeedback } from "./use-save-settings";

type Hours = WorkspaceSettings["hours"];
type Weekday = keyof Hours;
const WEEKDAYS: readonly Weekday[] = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
];
const capitalised = (day: string) => day.charAt(0).toUpperCase() + day.slice(1);

/** Each weekday: closed, or open from one time to a later one (the API checks it too). */
export function HoursForm({ hours, editable }: { hours: Hours; editable: boolean }) {
  const trpc = useTRPC();
  const feedback = useSaveFeedback("Business hours saved");
  const save = useMutation(trpc.tenant.settings.updateHours.mutationOptions(feedback));
  const [open, setOpen] = useState(
    () =>
      Object.fromEntries(WEEKDAYS.map((day) => [day, !hours[day].closed])) as Record<
        Weekday,
        boolean
      >,
  );

  function submit(form: FormData) {
    const day = (name: Weekday) =>
      open[name]
        ? {
            closed: false as const,
            open: String(form.get(`${name}.open`) ?? ""),
            close: String(form.get(`${name}.close`) ?? ""),
          }
        : { closed: true as const };
    save.mutate(Object.fromEntries(WEEKDAYS.map((name) => [name, day(name)])) as Hours);
  }

  return (
    <SettingsSection
      id="business-hours"
      title="Business hours"
      description="When you are open. Your AI assistant tells customers, and replies outside these hours say so."
      editable={editable}
      saving={save.isPending}
      errors={feedback.errors}
      onSubmit={submit}
    >
      <ul className="flex flex-col divide-y divide-border">
        {WEEKDAYS.map((day) => {
          const stored = hours[day];
          const messages = fieldErrorsFor(feedback.errors, day);
          const errorId = `hours-${day}-error`;
          return (
            <li key={day} className="flex flex-col gap-2 py-2">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
                <span className="w-24 text-sm font-medium text-foreground">{capitalised(day)}</span>
                <label className="inline-flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name={`${day}.isOpen`}
                    checked={open[day]}
                    onChange={(event) => setOpen({ ...open, [day]: event.target.checked })}
                    className="size-4"
                  />
                  Open
                </label>
                {open[day] ? (
                  <span className="inline-flex items-center gap-2">
                    <Input
                      type="time"
                      name={`${day}.open`}
                      aria-label={`${capitalised(day)} opens at`}
                      defaultValue={stored.closed ? "08:00" : stored.open}
                      aria-invalid={messages.length > 0 || undefined}
                      aria-describedby={messages.length > 0 ? errorId : undefined}
                      className="w-28"
                    />
                    <span aria-hidden="true">–</span>
                    <Input
                      type="time"
                      name={`${day}.close`}
                      aria-label={`${capitalised(day)} closes at`}
                      defaultValue={stored.closed ? "17:00" : stored.close}
                      aria-invalid={messages.length > 0 || undefined}
                      aria-describedby={messages.length > 0 ? errorId : undefined}
                      className="w-28"
                    />
                  </span>
                ) : (
                  <span className="text-sm text-muted-foreground">Closed</span>
                )}
              </div>
              {messages.length > 0 ? (
                <p id={errorId} className="text-sm text-danger">
                  {messages.join(" ")}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </SettingsSection>
  );
}
