import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@aizalo/api";

type TenantOutputs = inferRouterOutputs<AppRouter>["tenant"];
export type WorkspaceSettings = TenantOutputs["settings"]["get"];
export type TeamList = TenantOutputs["team"]["list"];
export type ActivityPage = TenantOutputs["activity"]["list"];

/** A checkbox group's ticked values from a form. */
export function checkedValues(form: FormData, name: string): string[] {
  return form.getAll(name).map(String);
}

export const LANGUAGE_NAMES = { en: "English", sw: "Kiswahili", sheng: "Sheng" } as const;
