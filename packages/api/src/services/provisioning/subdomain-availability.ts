import type { Database } from "@aizalo/db";
import { isReservedSubdomain, SUBDOMAIN_PATTERN } from "../../subdomain";
import { PROVISIONING_PURPOSE, SUBDOMAIN_TAKEN_MESSAGE, subdomainIsFree } from "./tenant-account";

export type SubdomainAvailability =
  | { available: true; subdomain: string }
  | {
      available: false;
      subdomain: string;
      reason: "format" | "reserved" | "taken";
      message: string;
    };

/**
 * Whether a business could get this subdomain now: the format rule, the reserved list, then
 * every live tenant. A rep sees only their own clients, so the lookup runs as the provisioning
 * service (it answers yes or no, nothing about who holds a name).
 */
export async function subdomainAvailability(
  database: Pick<Database, "runUnitOfWork">,
  repId: string,
  input: string,
): Promise<SubdomainAvailability> {
  const subdomain = input.trim().toLowerCase();
  if (!SUBDOMAIN_PATTERN.test(subdomain)) {
    return {
      available: false,
      subdomain,
      reason: "format",
      message:
        "Use 3 to 50 lowercase letters, numbers and hyphens; start and end with a letter or number.",
    };
  }
  if (isReservedSubdomain(subdomain)) {
    return {
      available: false,
      subdomain,
      reason: "reserved",
      message: "This name is reserved by Aizalo.",
    };
  }
  const free = await database.runUnitOfWork(
    { type: "system", purpose: PROVISIONING_PURPOSE, actingUserId: repId },
    (db) => subdomainIsFree(db, subdomain),
  );
  return free
    ? { available: true, subdomain }
    : { available: false, subdomain, reason: "taken", message: SUBDOMAIN_TAKEN_MESSAGE };
}
