import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RateLimitStore } from "../auth/rate-limit";
import { createApiWorld, type ApiWorld } from "../testing/api-world";
import { createCallerFactory, router } from "../trpc/init";
import { tenantProcedure } from "../trpc/procedures";
import { createMutationRateLimit } from "./mutation-limit";

const createCaller = createCallerFactory(
  router({
    tenant: router({
      dashboard: tenantProcedure.query(() => "kpis"),
      replyToChat: tenantProcedure.mutation(() => "sent"),
    }),
  }),
);

let world: ApiWorld;
let redis: Redis;
beforeAll(async () => {
  world = await createApiWorld();
  // The machines run Redis on 127.0.0.1:6379 (ENVIRONMENT.md); production sets REDIS_URL.
  redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", { lazyConnect: true });
  await redis.connect();
});
afterAll(async () => {
  redis?.disconnect();
  await world?.close();
});

const stores: [string, () => RateLimitStore][] = [
  ["PostgreSQL", () => ({ kind: "postgres", pool: world.rateLimitPool })],
  ["Redis", () => ({ kind: "redis", client: redis })],
];

describe.each(stores)("mutations per person, counted in %s", (_name, store) => {
  it("trip after N in the window with TOO_MANY_REQUESTS; reads and other people are not counted", async () => {
    // Counters of their own, so another test run on the same Redis never interferes.
    const keyPrefix = `mutation-test-${randomUUID()}`;
    const limit = createMutationRateLimit({ points: 3, durationSeconds: 60, keyPrefix }, store());
    const staff = createCaller(
      world.contextFor("tenant staff", { mutationRateLimit: limit }),
    ).tenant;
    const owner = createCaller(
      world.contextFor("tenant owner", { mutationRateLimit: limit }),
    ).tenant;

    for (let i = 0; i < 3; i += 1) await expect(staff.replyToChat()).resolves.toBe("sent");
    await expect(staff.dashboard()).resolves.toBe("kpis");
    const refused = await staff.replyToChat().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).code).toBe("TOO_MANY_REQUESTS");
    await expect(owner.replyToChat()).resolves.toBe("sent");
  });
});

it("keeps no user id in the PostgreSQL counters: keys are hashes", async () => {
  const limit = createMutationRateLimit(
    { points: 5, durationSeconds: 60 },
    { kind: "postgres", pool: world.rateLimitPool },
  );
  await createCaller(
    world.contextFor("tenant admin", { mutationRateLimit: limit }),
  ).tenant.replyToChat();
  const { rows } = await world.owner.query("SELECT key FROM rate_limit.attempts");
  expect(rows.length).toBeGreaterThan(0);
  const userId = world.sessions["tenant admin"]?.userId ?? "";
  expect(rows.map((row) => row.key).join(" ")).not.toContain(userId);
});
