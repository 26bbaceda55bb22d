import { afterEach, describe, expect, it, vi } from "vitest";
import { benchRoutesEnabled } from "./gate";
import { GET as session } from "./session/route";
import { GET } from "./tenant-me/route";
import { GET as tenantMeUnderSegment } from "./tenant-me/[procedure]/route";
import { GET as tenantMeUow } from "./tenant-me-uow/route";
import { GET as trpcWithoutRecheck } from "./trpc/[trpc]/route";

const TENANT = "00000000-0000-4000-8000-000000000001";
const USER = "00000000-0000-4000-8000-000000000002";
const url = `http://localhost/api/bench/tenant-me?tenantId=${TENANT}&userId=${USER}`;

describe("bench routes", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("every one answers 404 in a normal deployment (AIZALO_BENCH_ROUTES unset)", async () => {
    vi.stubEnv("AIZALO_BENCH_ROUTES", undefined);
    vi.stubEnv("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none");
    for (const route of [GET, tenantMeUnderSegment, tenantMeUow, session, trpcWithoutRecheck]) {
      const response = await route(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("Not Found");
    }
  });

  it("open only for the exact value `enabled`", () => {
    for (const value of ["", "1", "true", "yes", "ENABLED", "enabled "]) {
      expect(benchRoutesEnabled({ AIZALO_BENCH_ROUTES: value })).toBe(false);
    }
    expect(benchRoutesEnabled({})).toBe(false);
    expect(benchRoutesEnabled({ AIZALO_BENCH_ROUTES: "enabled" })).toBe(true);
  });

  it("when enabled, refuse a request without ids before touching the database", async () => {
    vi.stubEnv("AIZALO_BENCH_ROUTES", "enabled");
    vi.stubEnv("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none");
    for (const route of [GET, tenantMeUow]) {
      const response = await route(new Request("http://localhost/api/bench/tenant-me?tenantId=x"));
      expect(response.status).toBe(400);
    }
  });
});
