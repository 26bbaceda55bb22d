import type { RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import { createRateLimiter, type RateLimitRule, type RateLimitStore } from "./rate-limit";

/**
 * Sign-in attempts per account and per client address. A lockout always ends on its own: the
 * block lasts a fixed time, attempts during it neither count nor extend it, and the count of
 * a window starts again afterwards, so a stranger can slow an account down but never close it
 * for good (and a successful sign-in clears the account's count).
 */
export const ACCOUNT_SIGN_IN_RULE: RateLimitRule = {
  keyPrefix: "sign-in:account",
  // A limiter blocks when a consume goes over `points`: the fifth failure starts the block.
  points: 4,
  durationSeconds: 15 * 60,
  blockSeconds: 15 * 60,
};

/** Higher: an office or a mobile carrier's NAT puts many honest people behind one address. */
export const ADDRESS_SIGN_IN_RULE: RateLimitRule = {
  keyPrefix: "sign-in:address",
  points: 30,
  durationSeconds: 15 * 60,
  blockSeconds: 15 * 60,
};

export type SignInLimit = "account" | "address";

export interface Lockout {
  readonly limit: SignInLimit;
  readonly retryAfterSeconds: number;
}

export interface SignInLimits {
  /** The lockout in force for this account or address, if any; counts nothing. */
  lockoutFor(account: string, address: string | null): Promise<Lockout | null>;
  /** Counts a failure; returns the lockouts this failure started. */
  recordFailure(account: string, address: string | null): Promise<Lockout[]>;
  recordSuccess(account: string): Promise<void>;
}

export function createSignInLimits(
  store?: RateLimitStore,
  rules = { account: ACCOUNT_SIGN_IN_RULE, address: ADDRESS_SIGN_IN_RULE },
): SignInLimits {
  const limiters: Record<SignInLimit, RateLimiterAbstract> = {
    account: createRateLimiter(rules.account, store),
    address: createRateLimiter(rules.address, store),
  };
  const keysOf = (account: string, address: string | null) =>
    [
      ["account", account],
      // Without a known address there is nothing fair to share a counter with.
      ...(address ? [["address", address]] : []),
    ] as [SignInLimit, string][];

  return {
    async lockoutFor(account, address) {
      for (const [limit, key] of keysOf(account, address)) {
        const state = await limiters[limit].get(key);
        if (state && isBlocked(limiters[limit], state)) {
          return { limit, retryAfterSeconds: Math.ceil(state.msBeforeNext / 1000) };
        }
      }
      return null;
    },
    async recordFailure(account, address) {
      const started: Lockout[] = [];
      for (const [limit, key] of keysOf(account, address)) {
        const limiter = limiters[limit];
        try {
          await limiter.consume(key);
        } catch (rejection) {
          if (rejection instanceof Error) throw rejection; // the store failed, not the limit
          const state = rejection as RateLimiterRes;
          // Only the failure that crosses the limit starts a lockout.
          if (state.consumedPoints === limiter.points + 1) {
            started.push({ limit, retryAfterSeconds: Math.ceil(state.msBeforeNext / 1000) });
          }
        }
      }
      return started;
    },
    async recordSuccess(account) {
      await limiters.account.delete(account);
    },
  };
}

function isBlocked(limiter: RateLimiterAbstract, state: RateLimiterRes): boolean {
  return state.consumedPoints > limiter.points && state.msBeforeNext > 0;
}
