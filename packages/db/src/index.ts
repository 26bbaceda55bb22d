// The database as the apps see it: units of work as one actor, over the app role.
// Owner-role tools (migrations, seed) live in ./setup and ./seed and are not exported here.
import { getDatabase } from "./client/default-database";
import type { ScopedDb, UnitOfWorkOpening, UnitOfWorkOptions } from "./client/database";
import type { Actor } from "./actor";
import { findTenantBySubdomain as findTenantBySubdomainIn } from "./tenants/find-tenant-by-subdomain";

export type { Actor, PlatformRole, TenantRole } from "./actor";
export { InvalidActorError } from "./actor";
export {
  createDatabase,
  type Database,
  type DatabaseOptions,
  type ScopedDb,
  type UnitOfWorkOpening,
  type UnitOfWorkOptions,
} from "./client/database";
export type { SessionStateRow } from "./client/unit-of-work-context";
export { getDatabase } from "./client/default-database";
// For a connection that cannot be a unit of work: the real-time inbox's LISTEN connection.
export { appUrlFor, readDatabaseEnv } from "./config";
export { MissingUnitOfWorkError } from "./client/unit-of-work-context";
export { TenantScopeError } from "./client/query-rules/tenant-scope";
export { UndefinedWhereValueError } from "./client/query-rules/where-guard";
export type { TenantBySubdomain } from "./tenants/find-tenant-by-subdomain";
export { Prisma } from "./generated/prisma/client";

/** Runs `work` as `actor` in one transaction of the process's database. */
export function runUnitOfWork<T>(
  actor: Actor,
  work: (db: ScopedDb, opened: UnitOfWorkOpening) => Promise<T>,
  options?: UnitOfWorkOptions,
): Promise<T> {
  return getDatabase().runUnitOfWork(actor, work, options);
}

export function findTenantBySubdomain(subdomain: string) {
  return findTenantBySubdomainIn(getDatabase(), subdomain);
}
