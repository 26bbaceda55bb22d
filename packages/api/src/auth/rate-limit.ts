import { Redis } from "ioredis";
import pg from "pg";
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { appRoleUrl, readAuthEnv } from "./auth-env";

/** Where counters live: PostgreSQL by default, Redis when REDIS_URL is set, memory in unit tests. */
export type RateLimitStore =
  | { readonly kind: "postgres"; readonly pool: pg.Pool }
  | { readonly kind: "redis"; readonly client: Redis }
  | { readonly kind: "memory" };

export interface RateLimitRule {
  /** Names the limiter; keys of different limiters never collide. */
  readonly keyPrefix: string;
  /** Attempts allowed per window. */
  readonly points: number;
  readonly durationSeconds: number;
  /** How long a key stays blocked once it goes over; 0 = only until the window ends. */
  readonly blockSeconds: number;
}

/** Created by migration 0009_rate_limits.sql; the limiter never runs DDL as the app role. */
const POSTGRES_TABLE = { schemaName: "rate_limit", tableName: "attempts" } as const;

/**
 * A limiter on the process's store. Its insurance is an in-memory limiter with the same rule,
 * so an unreachable store degrades to per-process limits instead of failing every request.
 */
export function createRateLimiter(
  rule: RateLimitRule,
  store: RateLimitStore = defaultRateLimitStore(),
): RateLimiterAbstract {
  const options = {
    keyPrefix: rule.keyPrefix,
    points: rule.points,
    duration: rule.durationSeconds,
    blockDuration: rule.blockSeconds,
  };
  switch (store.kind) {
    case "memory":
      return new RateLimiterMemory(options);
    case "redis":
      return new RateLimiterRedis({
        ...options,
        storeClient: store.client,
        insuranceLimiter: new RateLimiterMemory(options),
      });
    case "postgres":
      return new RateLimiterPostgres({
        ...options,
        ...POSTGRES_TABLE,
        storeClient: store.pool,
        storeType: "pool",
        tableCreated: true,
        insuranceLimiter: new RateLimiterMemory(options),
      });
  }
}

const globalForRateLimits = globalThis as typeof globalThis & {
  aizaloRateLimitStore?: RateLimitStore;
};

/** One store per process, cached on globalThis so Next's hot reload does not open more. */
export function defaultRateLimitStore(): RateLimitStore {
  globalForRateLimits.aizaloRateLimitStore ??= storeFromEnvironment();
  return globalForRateLimits.aizaloRateLimitStore;
}

function storeFromEnvironment(): RateLimitStore {
  const env = readAuthEnv();
  if (env.REDIS_URL) {
    // No offline queue: while Redis is down, calls fail fast and the insurance limiter answers.
    const client = new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    client.on("error", () => {}); // reconnects by itself; the insurance limiter covers the gap
    return { kind: "redis", client };
  }
  const pool = new pg.Pool({
    connectionString: appRoleUrl(env),
    max: 2,
    connectionTimeoutMillis: 2_000,
    idleTimeoutMillis: 30_000,
  });
  pool.on("error", () => {}); // an idle connection dropped by the server is replaced on next use
  // and one dropped while a limiter query holds it fails that query, not the process
  pool.on("connect", (client) => client.on("error", () => {}));
  return { kind: "postgres", pool };
}
