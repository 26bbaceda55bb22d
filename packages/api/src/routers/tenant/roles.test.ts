import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appProcedures } from "../../testing/app-procedures";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { handleTrpcRequest } from "../../trpc/handle-request";

// Roles on every tenant mutation, found by walking the app router: a mutation added later on
// the wrong builder (tenantProcedure instead of a write builder) fails here without anyone
// having to remember to list it.

const tenantMutations = appProcedures()
  .filter(([path, procedure]) => path.startsWith("tenant.") && procedure._def.type === "mutation")
  .map(([path]) => path);

/**
 * Mutations a read-only person may still call: only about themselves, never the business's
 * data. None yet; a change to one's own profile or password would belong here.
 */
const SELF_SERVICE: readonly string[] = [];

/** The business's settings and its team are for owner and admins (issue 5, "Roles"). */
const staffRefused = [
  ...tenantMutations.filter((path) => /^tenant\.(settings|team)\./.test(path)),
  // Erasing a customer is a privacy decision: owner and admins only.
  "tenant.customers.erase",
];

const READ_ONLY: PersonName[] = ["tenant viewer", "impersonating owner (read-only)"];

let world: ApiWorld;
let before: Record<string, string>;
beforeAll(async () => {
  world = await createApiWorld();
  before = await businessFingerprint();
});
afterAll(() => world?.close());

/**
 * A hash of every row the business holds, per table (owner role: what is really stored).
 * api_usage is left out: it records each call, refused or not, by design.
 */
async function businessFingerprint(): Promise<Record<string, string>> {
  const { rows: tables } = await world.owner.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'tenant_id' AND table_name <> 'api_usage'
     ORDER BY table_name`,
  );
  const fingerprint: Record<string, string> = {};
  for (const { table_name: table } of tables) {
    const { rows } = await world.owner.query<{ hash: string | null }>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS hash
       FROM public."${table}" t WHERE tenant_id = $1`,
      [world.tenantA.id],
    );
    fingerprint[table] = rows[0]?.hash ?? "empty";
  }
  return fingerprint;
}

/** The HTTP status a mutation answers `person`, posted the way the browser's client posts it. */
async function statusOf(path: string, person: PersonName): Promise<number> {
  const response = await handleTrpcRequest(
    new Request(`http://localhost/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      // The builders refuse before input is read, so an empty input is enough to prove it.
      body: "{}",
    }),
    world.sessions[person],
    { database: world.database },
  );
  return response.status;
}

describe("the walk", () => {
  it("finds the workspace's mutations (customers, leads, inbox, team, settings)", () => {
    expect(tenantMutations).toEqual(
      expect.arrayContaining([
        "tenant.customers.create",
        "tenant.customers.erase",
        "tenant.leads.move",
        "tenant.conversations.reply",
        "tenant.conversations.markRead",
        "tenant.team.invite",
        "tenant.settings.platformAccess.set",
      ]),
    );
  });
});

describe.each(READ_ONLY)("%s", (person) => {
  it.each(tenantMutations.filter((path) => !SELF_SERVICE.includes(path)))(
    "is refused %s (403 FORBIDDEN)",
    async (path) => {
      expect(await statusOf(path, person)).toBe(403);
    },
  );
});

describe("tenant staff", () => {
  it.each(staffRefused)("is refused %s (403 FORBIDDEN)", async (path) => {
    expect(await statusOf(path, "tenant staff")).toBe(403);
  });
});

describe("after every refusal", () => {
  it("the business's data is exactly as it was, audit log included", async () => {
    expect(await businessFingerprint()).toEqual(before);
  });
});
