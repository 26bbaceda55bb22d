import { createHash } from "node:crypto";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { createRateLimiter, type RateLimitStore } from "../auth/rate-limit";
import { apiEnv } from "../env";
import { RateLimitedError } from "../errors";

/** Counts one person's changes; throws RateLimitedError once they go over. */
export interface MutationRateLimit {
  consume(person: { userType: string; userId: string }): Promise<void>;
}

export interface MutationRateLimitRule {
  points: number;
  durationSeconds: number;
  /** Separates counters sharing one store (tests running beside each other on one Redis). */
  keyPrefix?: string;
}

/**
 * Mutations per signed-in person, on the shared rate-limit store (PostgreSQL by default, Redis
 * with REDIS_URL), so every app process counts against one budget. Keys are hashes: the
 * counters table never holds a user id.
 */
export function createMutationRateLimit(
  rule: MutationRateLimitRule = defaultRule(),
  store?: RateLimitStore,
): MutationRateLimit {
  const limiter: RateLimiterAbstract = createRateLimiter(
    {
      keyPrefix: rule.keyPrefix ?? "mutation",
      points: rule.points,
      durationSeconds: rule.durationSeconds,
      blockSeconds: 0,
    },
    store,
  );
  return {
    async consume({ userType, userId }) {
      const key = createHash("sha256").update(`${userType}:${userId}`).digest("base64url");
      try {
        await limiter.consume(key);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
        }
        throw rejection;
      }
    },
  };
}

function defaultRule(): MutationRateLimitRule {
  const env = apiEnv();
  return {
    points: env.MUTATION_RATE_LIMIT_POINTS,
    durationSeconds: env.MUTATION_RATE_LIMIT_WINDOW_SECONDS,
  };
}

const globalForLimits = globalThis as typeof globalThis & {
  aizaloMutationRateLimit?: MutationRateLimit;
};

/** The process's mutation limit, on the process's rate-limit store. */
export function defaultMutationRateLimit(): MutationRateLimit {
  globalForLimits.aizaloMutationRateLimit ??= createMutationRateLimit();
  return globalForLimits.aizaloMutationRateLimit;
}
