import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appProcedures } from "./testing/app-procedures";
import { createApiWorld, type ApiWorld, type PersonName } from "./testing/api-world";
import { audiencesOf } from "./trpc/audience";
import { createCallerFor } from "./trpc/caller";
import { handleTrpcRequest } from "./trpc/handle-request";
import { bareProcedure } from "./trpc/init";
import { tenantProcedure } from "./trpc/procedures";
import { transformer } from "./trpc/transformer";

const procedures = appProcedures();

describe("the app router", () => {
  it.each(procedures)("%s is built from exactly one audience builder", (_path, procedure) => {
    expect(audiencesOf(procedure)).toHaveLength(1);
  });

  it("is walked whole (the walk finds the procedures of every audience)", () => {
    expect(procedures.map(([path]) => path)).toEqual(
      expect.arrayContaining(["public.health", "admin.me", "sales.me", "tenant.me"]),
    );
  });

  it("would catch a procedure built without a builder", () => {
    const unguarded = bareProcedure.query(() => "everyone's data");
    expect(audiencesOf(unguarded)).toEqual([]);
    expect(audiencesOf(tenantProcedure.query(() => "ok"))).toEqual(["tenant"]);
  });

  it("keeps each audience under its own prefix", () => {
    const audienceByPrefix = {
      public: "public",
      admin: "platform",
      sales: "sales",
      tenant: "tenant",
    };
    for (const [path, procedure] of procedures) {
      const prefix = path.split(".")[0] as keyof typeof audienceByPrefix;
      expect([path, audiencesOf(procedure)]).toEqual([path, [audienceByPrefix[prefix]]]);
    }
  });
});

let world: ApiWorld;
beforeAll(async () => {
  world = await createApiWorld();
});
afterAll(async () => {
  await world?.close();
});

describe("the first procedures", () => {
  it("tenant.me: the signed-in user and their business", async () => {
    const session = world.sessions["tenant staff"];
    const me = await createCallerFor(session, { database: world.database }).tenant.me();
    expect(me).toMatchObject({
      tenant: { id: world.tenantA.id, subdomain: "jacaranda-homes", industry: "real_estate" },
      role: "staff",
      user: { id: session?.userId, email: "staff@jacaranda-homes.demo.aizalo.test" },
      impersonatorId: null,
    });
  });

  it("tenant.me under impersonation: the business, and who is looking", async () => {
    const session = world.sessions["impersonating owner (read-only)"];
    const me = await createCallerFor(session, { database: world.database }).tenant.me();
    expect(me).toMatchObject({ role: "viewer", user: null, impersonatorId: session?.userId });
    expect(me.tenant.id).toBe(world.tenantA.id);
  });

  it("admin.me and sales.me: the staff member", async () => {
    const admin = createCallerFor(world.sessions["platform admin"], { database: world.database });
    await expect(admin.admin.me()).resolves.toMatchObject({
      email: "admin@demo.aizalo.test",
      role: "admin",
    });
    const rep = createCallerFor(world.sessions["sales rep"], { database: world.database });
    await expect(rep.sales.me()).resolves.toMatchObject({
      email: "sales.nairobi@demo.aizalo.test",
      role: "sales",
    });
    await expect(rep.admin.me()).rejects.toThrow(TRPCError);
  });

  it("over HTTP: public.health answers without a session, tenant.me needs one", async () => {
    const get = (path: string, session = world.sessions.anonymous) =>
      handleTrpcRequest(
        new Request(`http://localhost/api/trpc/${path}`, {
          headers: { "x-request-id": "req-health-0001" },
        }),
        session,
        { database: world.database, ip: "197.232.10.4" },
      );
    const health = await get("public.health");
    expect(health.status).toBe(200);
    expect(health.headers.get("x-request-id")).toBe("req-health-0001");
    const payload = (await health.json()) as {
      result: { data: Parameters<typeof transformer.deserialize>[0] };
    };
    const body = transformer.deserialize<{ status: string; databaseTime: Date }>(
      payload.result.data,
    );
    expect(body.status).toBe("ok");
    expect(body.databaseTime).toBeInstanceOf(Date);

    expect((await get("tenant.me")).status).toBe(401);
    expect((await get("tenant.me", world.sessions["tenant owner"])).status).toBe(200);
    expect((await get("tenant.me", world.sessions["platform owner"])).status).toBe(403);
  });
});

/** Who must be turned away from every procedure under each prefix, whatever later issues add. */
const OUTSIDERS: Record<string, readonly PersonName[]> = {
  public: [],
  admin: [
    "sales rep",
    "support",
    "tenant owner",
    "tenant admin",
    "tenant staff",
    "tenant viewer",
    "anonymous",
    "impersonating owner (read-only)",
    "impersonating owner (changes allowed)",
  ],
  sales: [
    "tenant owner",
    "tenant admin",
    "tenant staff",
    "tenant viewer",
    "anonymous",
    "impersonating owner (read-only)",
    "impersonating owner (changes allowed)",
  ],
  tenant: ["platform owner", "platform admin", "sales rep", "support", "anonymous"],
};

describe("every procedure of the app router, over HTTP, turns away outsiders", () => {
  const cases = procedures.flatMap(([path, procedure]) =>
    (OUTSIDERS[path.split(".")[0] ?? ""] ?? []).map((person) => ({
      path,
      person,
      type: procedure._def.type,
    })),
  );

  it.each(cases)("$path refuses $person", async ({ path, person, type }) => {
    // The guard answers before input is read or the handler runs: no input needed.
    const response = await handleTrpcRequest(
      new Request(`http://localhost/api/trpc/${path}`, {
        method: type === "mutation" ? "POST" : "GET",
        // A mutation needs a JSON body to reach the guard at all (415 otherwise).
        ...(type === "mutation" && {
          headers: { "content-type": "application/json" },
          body: "{}",
        }),
      }),
      world.sessions[person],
      { database: world.database },
    );
    expect(response.status).toBe(person === "anonymous" ? 401 : 403);
  });
});
