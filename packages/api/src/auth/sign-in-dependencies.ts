import { getDatabase, type Database } from "@aizalo/db";
import { authSecret } from "./auth-env";
import { verifyPassword } from "./passwords";
import { createSignInLimits, type SignInLimits } from "./sign-in-limits";

/** What the sign-in services need; tests pass their own database, limits or password check. */
export interface SignInDependencies {
  readonly database: Pick<Database, "runUnitOfWork">;
  readonly limits: SignInLimits;
  /** Key of the account hashes in rate-limit keys and audit rows (AUTH_SECRET). */
  readonly accountKeySecret: string;
  readonly verifyPassword: (passwordHash: string, password: string) => Promise<boolean>;
}

let defaults: SignInDependencies | undefined;

/** The process's database, its rate-limit store (PostgreSQL, or Redis with REDIS_URL), AUTH_SECRET. */
export function defaultSignInDependencies(): SignInDependencies {
  defaults ??= {
    database: getDatabase(),
    limits: createSignInLimits(),
    accountKeySecret: authSecret(),
    verifyPassword,
  };
  return defaults;
}
