import { z } from "zod";
import { calendarDate } from "./lead-input";

const blankToNull = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? null : value;

export const scheduleDemoInput = z
  .object({
    leadId: z.uuid(),
    /** Nairobi calendar date and wall-clock time. */
    date: calendarDate,
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Pick a time."),
    location: z.preprocess(blankToNull, z.string().trim().max(300).nullish()),
    callLink: z.preprocess(
      blankToNull,
      z
        .url({ protocol: /^https?$/, message: "Enter the call's link, starting with https://" })
        .max(500)
        .nullish(),
    ),
    notes: z.preprocess(blankToNull, z.string().trim().max(2000).nullish()),
  })
  .refine((input) => Boolean(input.location || input.callLink), {
    path: ["location"],
    message: "Give a place to meet or a call link.",
  });
export type ScheduleDemoInput = z.infer<typeof scheduleDemoInput>;

export const DEMO_OUTCOMES = ["held", "no_show", "cancelled"] as const;
export type DemoOutcome = (typeof DEMO_OUTCOMES)[number];

export const recordDemoOutcomeInput = z.object({
  demoId: z.uuid(),
  outcome: z.enum(DEMO_OUTCOMES),
  notes: z.preprocess(blankToNull, z.string().trim().max(2000).nullish()),
});
export type RecordDemoOutcomeInput = z.infer<typeof recordDemoOutcomeInput>;
