import { AsyncLocalStorage } from "node:async_hooks";
import type { Actor, ActorSettings } from "../actor";

export interface UnitOfWorkContext {
  readonly actor: Actor;
  /** The transaction-local `app.*` settings the RLS policies read. */
  readonly settings: ActorSettings;
  /** Set for tenant, public and tenant-scoped system actors: every query is confined to it. */
  readonly tenantId: string | undefined;
}

/** The actor of the unit of work running in this async context (read by the query extensions). */
export const unitOfWorkContext = new AsyncLocalStorage<UnitOfWorkContext>();

export class MissingUnitOfWorkError extends Error {
  override readonly name = "MissingUnitOfWorkError";
  constructor(model: string, operation: string) {
    super(`${model}.${operation} ran outside a unit of work: use runUnitOfWork(actor, db => ...)`);
  }
}
