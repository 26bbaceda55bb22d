import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAuthTestHarness } from "./auth-test-harness";
import { createRateLimiter, type RateLimitStore } from "./rate-limit";

const h = useAuthTestHarness();
// Redis runs beside PostgreSQL on development and CI machines (ENVIRONMENT.md).
const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", {
  lazyConnect: true,
  maxRetriesPerRequest: 1,
});
beforeAll(() => redis.connect());
afterAll(() => redis.quit());

const stores: [string, () => RateLimitStore][] = [
  ["PostgreSQL", () => h.store],
  ["Redis", () => ({ kind: "redis", client: redis })],
  ["memory", () => ({ kind: "memory" })],
];

describe.each(stores)("createRateLimiter on %s", (name, store) => {
  it("blocks a key past its points for the block time, then lets it through again", async () => {
    const keyPrefix = `test:${randomUUID()}`;
    const limiter = createRateLimiter(
      { keyPrefix, points: 2, durationSeconds: 60, blockSeconds: 1 },
      store(),
    );
    await limiter.consume("someone");
    await limiter.consume("someone");
    await expect(limiter.consume("someone")).rejects.toMatchObject({ remainingPoints: 0 });
    // Counted in the store itself, not in the in-memory insurance.
    if (name === "Redis") expect(await redis.exists(`${keyPrefix}:someone`)).toBe(1);
    expect((await limiter.get("other"))?.consumedPoints ?? 0).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await expect(limiter.consume("someone")).resolves.toMatchObject({ consumedPoints: 1 });
  });
});

describe("the PostgreSQL store", () => {
  it("lives in schema rate_limit, which the app role may use and row-level security does not cover", async () => {
    const limiter = createRateLimiter(
      { keyPrefix: "test:stored", points: 5, durationSeconds: 60, blockSeconds: 0 },
      h.store,
    );
    await limiter.consume("hashed-key");
    const stored = await h.owner.query(
      "SELECT key, points FROM rate_limit.attempts WHERE key = 'test:stored:hashed-key'",
    );
    expect(stored.rows).toEqual([{ key: "test:stored:hashed-key", points: 1 }]);
  });
});
