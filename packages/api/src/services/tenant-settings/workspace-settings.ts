import type { ScopedDb } from "@aizalo/db";
import {
  AI_TONES,
  LANGUAGES,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_EVENTS,
  openingDay,
  WEEKDAYS,
  type AiToneSettings,
  type BusinessHours,
  type LanguageSettings,
  type NotificationSettings,
} from "./setting-schemas";
import { z } from "zod";
import { readCategory, writeCategory } from "./settings-store";

// Hours, languages, AI tone and notifications: tenant_settings rows by category, with the
// defaults a new business starts from until it saves its own.

const weekday = { closed: false, open: "08:00", close: "17:00" } as const;
export const DEFAULT_HOURS: BusinessHours = {
  monday: weekday,
  tuesday: weekday,
  wednesday: weekday,
  thursday: weekday,
  friday: weekday,
  saturday: { closed: false, open: "09:00", close: "13:00" },
  sunday: { closed: true },
};
const DEFAULT_LANGUAGES: LanguageSettings = { enabled: ["en", "sw"], primary: "en" };
const DEFAULT_AI_TONE: AiToneSettings = { tone: "friendly", instructions: "" };
const DEFAULT_NOTIFICATIONS = Object.fromEntries(
  NOTIFICATION_EVENTS.map((event) => [event, ["email"]]),
) as NotificationSettings;

const sameForEach = <Key extends string, Schema extends z.ZodType>(
  keys: readonly Key[],
  schema: Schema,
) => Object.fromEntries(keys.map((key) => [key, schema])) as Record<Key, Schema>;

const channels = z.array(z.enum(NOTIFICATION_CHANNELS));

export async function readWorkspaceSettings(db: ScopedDb) {
  const [hours, languages, ai, notifications] = await Promise.all([
    readCategory(db, "hours", sameForEach(WEEKDAYS, openingDay), DEFAULT_HOURS),
    readCategory(
      db,
      "languages",
      { enabled: z.array(z.enum(LANGUAGES)).min(1), primary: z.enum(LANGUAGES) },
      DEFAULT_LANGUAGES,
    ),
    readCategory(db, "ai", { tone: z.enum(AI_TONES), instructions: z.string() }, DEFAULT_AI_TONE),
    readCategory(
      db,
      "notifications",
      sameForEach(NOTIFICATION_EVENTS, channels),
      DEFAULT_NOTIFICATIONS,
    ),
  ]);
  return { hours, languages, aiTone: ai, notifications };
}

export const saveBusinessHours = (db: ScopedDb, tenantId: string, hours: BusinessHours) =>
  writeCategory(db, tenantId, "hours", hours);

export const saveLanguages = (db: ScopedDb, tenantId: string, languages: LanguageSettings) =>
  writeCategory(db, tenantId, "languages", languages);

export const saveAiTone = (db: ScopedDb, tenantId: string, ai: AiToneSettings) =>
  writeCategory(db, tenantId, "ai", ai);

export const saveNotifications = (
  db: ScopedDb,
  tenantId: string,
  notifications: NotificationSettings,
) => writeCategory(db, tenantId, "notifications", notifications);
