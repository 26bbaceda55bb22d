import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiWorld, type ApiWorld, type PersonName } from "../testing/api-world";
import { createCallerFactory, router } from "./init";
import {
  adminProcedure,
  ownerProcedure,
  platformProcedure,
  platformSubscriptionProcedure,
  publicProcedure,
  salesProcedure,
  tenantAdminProcedure,
  tenantOwnerProcedure,
  tenantPermissionProcedure,
  tenantProcedure,
  tenantSubscriptionProcedure,
  tenantWriteProcedure,
} from "./procedures";

// One query and one mutation per builder; they touch nothing but what the builder itself does
// (the unit of work, and for mutations the audit row and the rate-limit counter).
const pair = <P extends typeof platformProcedure | typeof publicProcedure | typeof tenantProcedure>(
  procedure: P,
) => router({ read: procedure.query(() => "ok"), write: procedure.mutation(() => "ok") });

const builders = router({
  public: pair(publicProcedure),
  platform: pair(platformProcedure),
  owner: pair(ownerProcedure),
  admin: pair(adminProcedure),
  sales: pair(salesProcedure),
  tenant: pair(tenantProcedure),
  tenantWrite: pair(tenantWriteProcedure),
  tenantAdmin: pair(tenantAdminProcedure),
  tenantOwner: pair(tenantOwnerProcedure),
  customersWrite: pair(tenantPermissionProcedure("customers.write")),
  tenantStream: router({
    watch: tenantSubscriptionProcedure.subscription(async function* ({ ctx }) {
      yield ctx.session.tenantId;
    }),
  }),
  platformStream: router({
    watch: platformSubscriptionProcedure.subscription(async function* ({ ctx }) {
      yield ctx.session.role;
    }),
  }),
});
const createCaller = createCallerFactory(builders);

type Outcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN";
const PLATFORM = ["platform owner", "platform admin", "sales rep", "support"] as const;
const TENANT = ["tenant owner", "tenant admin", "tenant staff", "tenant viewer"] as const;
const IMPERSONATION = [
  "impersonating owner (read-only)",
  "impersonating owner (changes allowed)",
] as const;
const EVERYONE: PersonName[] = [...PLATFORM, ...TENANT, "anonymous", ...IMPERSONATION];

/** Who each builder lets in, per procedure type; everyone else is FORBIDDEN, or UNAUTHORIZED without a session. */
const allowed: Record<string, { read: readonly PersonName[]; write: readonly PersonName[] }> = {
  public: { read: EVERYONE, write: EVERYONE },
  platform: { read: PLATFORM, write: PLATFORM },
  owner: { read: ["platform owner"], write: ["platform owner"] },
  admin: {
    read: ["platform owner", "platform admin"],
    write: ["platform owner", "platform admin"],
  },
  sales: { read: PLATFORM, write: ["sales rep"] },
  tenant: { read: [...TENANT, ...IMPERSONATION], write: [...TENANT, ...IMPERSONATION] },
  ...Object.fromEntries(
    ["tenantWrite", "customersWrite"].map((name) => {
      const writers = [
        "tenant owner",
        "tenant admin",
        "tenant staff",
        "impersonating owner (changes allowed)",
      ] as const;
      return [name, { read: writers, write: writers }];
    }),
  ),
  tenantAdmin: {
    read: ["tenant owner", "tenant admin", "impersonating owner (changes allowed)"],
    write: ["tenant owner", "tenant admin", "impersonating owner (changes allowed)"],
  },
  // Taking all of a business's data out: its owner only, never an impersonating platform owner.
  tenantOwner: { read: ["tenant owner"], write: ["tenant owner"] },
  tenantStream: { read: [...TENANT, ...IMPERSONATION], write: [] },
  platformStream: { read: PLATFORM, write: [] },
};

function expected(builder: string, kind: "read" | "write", person: PersonName): Outcome {
  if (allowed[builder]?.[kind].includes(person)) return "ok";
  return person === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN";
}

async function outcome(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await call();
    if (result && typeof result === "object" && Symbol.asyncIterator in result) {
      for await (const _ of result as AsyncIterable<unknown>) break;
    }
    return "ok";
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN")
    ) {
      return error.code;
    }
    throw error;
  }
}

let world: ApiWorld;
beforeAll(async () => {
  world = await createApiWorld();
});
afterAll(async () => {
  await world?.close();
});

const PAIRS = [
  "public",
  "platform",
  "owner",
  "admin",
  "sales",
  "tenant",
  "tenantWrite",
  "tenantAdmin",
  "tenantOwner",
  "customersWrite",
] as const;

describe.each(EVERYONE)("as %s", (person) => {
  it.each(PAIRS)("%s: query and mutation", async (builder) => {
    const caller = createCaller(world.contextFor(person))[builder];
    expect({
      read: await outcome(() => caller.read()),
      write: await outcome(() => caller.write()),
    }).toEqual({
      read: expected(builder, "read", person),
      write: expected(builder, "write", person),
    });
  });

  it.each(["tenantStream", "platformStream"] as const)(
    "%s: opening the stream",
    async (builder) => {
      const caller = createCaller(world.contextFor(person))[builder];
      expect(await outcome(() => caller.watch())).toBe(expected(builder, "read", person));
    },
  );
});

describe("tenantPermissionProcedure", () => {
  const settingsEditors = createCallerFactory(
    router({ edit: tenantPermissionProcedure("settings.write").mutation(() => "ok") }),
  );

  it("adds a staff member's own permissions to the role's defaults, read at call time", async () => {
    const staff = world.sessions["tenant staff"];
    const call = () => settingsEditors(world.contextFor("tenant staff")).edit();
    expect(await outcome(call)).toBe("FORBIDDEN");
    await world.owner.query(
      "UPDATE tenant_users SET permissions = ARRAY['settings.write'] WHERE id = $1",
      [staff?.userId],
    );
    try {
      expect(await outcome(call)).toBe("ok");
    } finally {
      await world.owner.query("UPDATE tenant_users SET permissions = '{}' WHERE id = $1", [
        staff?.userId,
      ]);
    }
  });

  it("gives a viewer nothing, whatever their row lists", async () => {
    const viewer = world.sessions["tenant viewer"];
    await world.owner.query(
      "UPDATE tenant_users SET permissions = ARRAY['customers.write'] WHERE id = $1",
      [viewer?.userId],
    );
    const call = () => createCaller(world.contextFor("tenant viewer")).customersWrite.write();
    expect(await outcome(call)).toBe("FORBIDDEN");
  });
});
