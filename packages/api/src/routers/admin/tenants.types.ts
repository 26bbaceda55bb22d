import { z } from "zod";

export const startImpersonationInput = z.object({
  tenantId: z.uuid(),
  // A sentence someone can read later in the audit trail, not "x".
  reason: z.string().trim().min(10, "Say why, in at least 10 characters.").max(500),
  allowChanges: z.boolean().default(false),
});

export const stopImpersonationInput = z.object({ impersonationSessionId: z.uuid() });

export const platformAccessInput = z.object({ tenantId: z.uuid() });
