import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../root";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { createCallerFactory } from "../../trpc/init";

let world: ApiWorld;
beforeAll(async () => {
  world = await createApiWorld();
});
afterAll(() => world.close());

const call = (person: PersonName) => createCallerFactory(appRouter)(world.contextFor(person));

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

describe("admin.overview.get", () => {
  it("gives the owner and admins this month's figures on the seeded platform", async () => {
    for (const person of ["platform owner", "platform admin"] as const) {
      const overview = await call(person).admin.overview.get();
      expect(overview.monthInProgress).toBe(true);
      expect(overview.movement.mrr.greaterThan(0)).toBe(true);
      expect(overview.revenue).toHaveLength(12);
      expect(overview.revenue.at(-1)?.month).toBe(overview.month);
      expect(overview.tenants.total).toBeGreaterThan(0);
    }
  });

  it("answers for a chosen past month", async () => {
    const overview = await call("platform owner").admin.overview.get({ month: "2019-01" });
    expect(overview.month).toBe("2019-01");
    expect(overview.monthInProgress).toBe(false);
    expect(overview.movement.mrr.toFixed(2)).toBe("0.00");
  });

  it("refuses a month that is not YYYY-MM with BAD_REQUEST", async () => {
    for (const month of ["2026-13", "Nov 2026", "2026-1"]) {
      expect(await codeOf(call("platform owner").admin.overview.get({ month }))).toBe(
        "BAD_REQUEST",
      );
    }
  });

  it("gives the last 24 hours of API calls, including the calls just made", async () => {
    await call("platform admin").admin.overview.get();
    await world.usageLog.flush();
    const health = await call("platform admin").admin.overview.health();
    expect(health.requests).toBeGreaterThan(0);
    expect(health.until.getTime() - health.since.getTime()).toBe(24 * 3_600_000);
  });

  it("is closed to sales, support and every tenant user", async () => {
    for (const person of ["sales rep", "support", "tenant owner", "tenant admin"] as const) {
      expect(await codeOf(call(person).admin.overview.get())).toBe("FORBIDDEN");
      expect(await codeOf(call(person).admin.overview.health())).toBe("FORBIDDEN");
    }
    expect(await codeOf(call("anonymous").admin.overview.get())).toBe("UNAUTHORIZED");
  });
});
