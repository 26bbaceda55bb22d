import { z } from "zod";
import { INDUSTRIES } from "../../services/provisioning/client-details";

export const sessionIdInput = z.object({ sessionId: z.uuid() });
export const startInput = z.object({ leadId: z.uuid().nullish() });
export const templatesInput = z.object({ industry: z.enum(INDUSTRIES) });
// Loose on purpose: the answer explains what is wrong with a name as the rep types it.
export const checkSubdomainInput = z.object({ subdomain: z.string().max(100) });
export { saveStepInput } from "../../services/provisioning/onboarding-sessions";
