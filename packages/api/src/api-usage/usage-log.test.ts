import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rootLogger } from "../logger";
import { createApiWorld, type ApiWorld } from "../testing/api-world";
import { createCallerFactory, router } from "../trpc/init";
import { tenantProcedure } from "../trpc/procedures";
import { apiUsageLogFor, flushApiUsage } from ".";
import { ApiUsageLog } from "./usage-log";

const createCaller = createCallerFactory(
  router({ tenant: router({ dashboard: tenantProcedure.query(() => "kpis") }) }),
);

let world: ApiWorld;
beforeAll(async () => {
  world = await createApiWorld();
});
afterAll(async () => {
  await world?.close();
});

const usageRows = async (endpoint: string) =>
  (
    await world.owner.query(
      `SELECT endpoint, method, user_id, user_type, tenant_id, response_status, response_time_ms
       FROM api_usage WHERE endpoint = $1 ORDER BY id`,
      [endpoint],
    )
  ).rows;

describe("api_usage", () => {
  it("records calls and failures after the response, not during it", async () => {
    const staff = world.sessions["tenant staff"];
    await createCaller(world.contextFor("tenant staff")).tenant.dashboard();
    await expect(createCaller(world.contextFor("sales rep")).tenant.dashboard()).rejects.toThrow();
    // The calls have answered; their rows are still in the buffer.
    expect(await usageRows("tenant.dashboard")).toEqual([]);

    await world.usageLog.flush();
    const rows = await usageRows("tenant.dashboard");
    expect(rows).toMatchObject([
      {
        method: "query",
        user_id: staff?.userId,
        user_type: "tenant",
        tenant_id: world.tenantA.id,
        response_status: 200,
      },
      {
        method: "query",
        user_id: world.sessions["sales rep"]?.userId,
        user_type: "platform",
        response_status: 403,
      },
    ]);
    expect(rows[0].response_time_ms).toBeGreaterThanOrEqual(0);
  });

  it("writes by itself within the flush interval, and at once when a batch is full", async () => {
    const log = new ApiUsageLog(world.database, rootLogger, { flushIntervalMs: 100, batchSize: 3 });
    const row = (endpoint: string) => ({
      endpoint,
      method: "mutation" as const,
      userId: null,
      userType: null,
      tenantId: null,
      responseStatus: 401,
      responseTimeMs: 1,
    });
    log.record(row("timer.test"));
    await expect.poll(() => usageRows("timer.test"), { timeout: 2_000 }).toHaveLength(1);

    for (let i = 0; i < 3; i += 1) log.record(row("batch.test"));
    // Full batch: written without waiting for the (here long) timer.
    await expect.poll(() => usageRows("batch.test"), { timeout: 2_000 }).toHaveLength(3);
  });

  it("writes what is left on shutdown (flushApiUsage, for the app's SIGTERM handler)", async () => {
    const log = apiUsageLogFor(world.database);
    expect(apiUsageLogFor(world.database)).toBe(log);
    log.record({
      endpoint: "shutdown.test",
      method: "query",
      userId: null,
      userType: null,
      tenantId: null,
      responseStatus: 200,
      responseTimeMs: 2,
    });
    await flushApiUsage();
    expect(await usageRows("shutdown.test")).toHaveLength(1);
  });
});
