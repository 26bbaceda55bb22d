import { AsyncLocalStorage } from "node:async_hooks";
import type { Actor, ActorSettings } from "../actor";
import type { UnitOfWorkConnection } from "./unit-of-work-connection";

export interface UnitOfWorkContext {
  readonly actor: Actor;
  /** The transaction-local `app.*` settings the RLS policies read. */
  readonly settings: ActorSettings;
  /** Set for tenant, public and tenant-scoped system actors: every query is confined to it. */
  readonly tenantId: string | undefined;
  /** The connection holding the unit of work's transaction: every query goes through it. */
  readonly connection: UnitOfWorkConnection;
}

/** One row of app.session_state() (migration 0016): the acting account as it is now. */
export interface SessionStateRow {
  is_active: boolean;
  role: string;
  session_version: number;
  totp_enabled: boolean | null;
  subdomain: string | null;
  subscription_status: string | null;
  is_demo: boolean | null;
  demo_expires_at: Date | null;
  impersonation_live: boolean | null;
}

/** The actor of the unit of work running in this async context (read by the query extensions). */
export const unitOfWorkContext = new AsyncLocalStorage<UnitOfWorkContext>();

export class MissingUnitOfWorkError extends Error {
  override readonly name = "MissingUnitOfWorkError";
  constructor(model: string, operation: string) {
    super(`${model}.${operation} ran outside a unit of work: use runUnitOfWork(actor, db => ...)`);
  }
}
