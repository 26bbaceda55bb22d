"use server";

import { redirect } from "next/navigation";
import { subdomainNameSchema } from "@aizalo/api/subdomain";
import { findTenantBySubdomain } from "@aizalo/db";

export interface FindWorkspaceState {
  typed: string;
  error: string | null;
}

/** Takes a business's Aizalo address as someone types it and opens that business's sign-in. */
export async function findWorkspace(
  _previous: FindWorkspaceState,
  form: FormData,
): Promise<FindWorkspaceState> {
  const typed = String(form.get("subdomain") ?? "");
  const parsed = subdomainNameSchema.safeParse(typed);
  if (!parsed.success) {
    return { typed, error: parsed.error.issues[0]?.message ?? "Check the address." };
  }
  // Subdomains are public (every website shows one), so saying none matched reveals nothing.
  const tenant = await findTenantBySubdomain(parsed.data);
  if (!tenant) return { typed, error: `No business uses the address “${parsed.data}”.` };
  redirect(`/${parsed.data}/login`);
}
