import pg from "pg";
import { unitOfWorkContext } from "./unit-of-work-context";

/** Why a query was refused: its unit of work has committed, rolled back or run out of time. */
export class UnitOfWorkEndedError extends Error {
  override readonly name = "UnitOfWorkEndedError";
}

type Ending = "COMMIT" | "ROLLBACK";

/**
 * A unit of work's opening (BEGIN, the actor's settings, a session read), sent together with
 * its first query on a pipelined connection instead of a round trip ahead of it. `admit`
 * judges the opening's answer and throws to refuse the unit of work; no answer reaches the
 * work before it has passed.
 */
export interface DeferredOpening {
  statement: string;
  admit: (results: unknown) => void;
}

/** Why a unit of work ended, as the message its later queries are refused with. */
export type EndReason = string;

/**
 * The one pooled connection a unit of work holds from BEGIN to COMMIT. Every query of the unit
 * goes through it, and none once it has ended: a promise left running after its unit of work
 * would otherwise reach a connection that another actor's unit of work holds by then.
 */
export class UnitOfWorkConnection {
  // The reason is kept as a message and made an Error only when a query is refused: building
  // an Error (its stack) on every commit was a visible part of an API call's CPU.
  #ended: { reason: EndReason; ending: Ending; done: Promise<void> } | undefined;
  #savepoints = 0;
  /** Whether the socket is corked until the end of this tick (see #coalesce). */
  #corked = false;

  /** The opening, until it is sent with the first query (see DeferredOpening). */
  #opening: DeferredOpening | undefined;
  /** The opening's verdict while it is awaited: answers are held until it passes. */
  #admission: Promise<void> | undefined;

  constructor(
    private readonly client: pg.PoolClient,
    opening?: DeferredOpening,
  ) {
    this.#opening = opening;
  }

  /**
   * Sends `config` at once. The connection answers in order: on a pipelined connection queries
   * started together (`Promise.all` over a dashboard's reads) leave in one write and come back
   * in one round trip; otherwise node-postgres queues them and sends each after the one before.
   * The first query takes a deferred opening along; until the opening's verdict has passed,
   * an answer is held back.
   */
  query(config: pg.QueryConfig): Promise<pg.QueryResult> {
    if (this.#ended) return Promise.reject(new UnitOfWorkEndedError(this.#ended.reason));
    if (this.client.pipeline) this.#coalesce();
    if (this.#opening) this.#open();
    const answer = this.client.query(config);
    const admission = this.#admission;
    if (!admission) return answer;
    answer.catch(() => {}); // the refusal is what the unit of work reports
    return admission.then(() => answer);
  }

  /**
   * The unit of work's admission: resolves once the opening's verdict has passed, rejects with
   * its refusal. Sends the opening now if no query has taken it along yet.
   */
  admission(): Promise<void> {
    if (this.#opening) this.#open();
    return this.#admission ?? Promise.resolve();
  }

  /**
   * Holds what is written to the socket until the current tick's promise jobs have run, so the
   * opening and every query the work starts together leave in one write: on this machine a
   * write costs about as much CPU as a query's own JavaScript (pnpm bench:http).
   */
  #coalesce(): void {
    if (this.#corked) return;
    const { stream } = this.client.connection;
    stream.cork();
    this.#corked = true;
    process.nextTick(() => {
      this.#corked = false;
      stream.uncork();
    });
  }

  #open(): void {
    const opening = this.#opening;
    this.#opening = undefined;
    if (!opening || this.#ended) return; // ended before it opened: nothing to judge
    const admission = this.client.query(opening.statement).then(opening.admit);
    this.#admission = admission;
    admission.then(
      () => {
        this.#admission = undefined;
      },
      // Refused: nothing more is sent, and whatever was sent is rolled back.
      () => this.end("ROLLBACK", "The unit of work was refused").catch(() => {}),
    );
  }

  /** A fresh savepoint name for a nested write Prisma wants to run atomically. */
  nextSavepoint(): string {
    this.#savepoints += 1;
    return `aizalo_sp_${this.#savepoints}`;
  }

  /** How it ended, once it has: what was sent (COMMIT or ROLLBACK) and why it was ended. */
  get ended(): { reason: EndReason; ending: Ending } | undefined {
    return this.#ended;
  }

  /**
   * Ends the unit of work without ending its transaction: the connection is parked and the
   * next unit of work to take it sends the ROLLBACK (parked-connections.ts). From here on, new
   * queries are refused with `reason`.
   */
  leaveOpen(reason: EndReason): void {
    if (this.#ended) return;
    this.#ended = { reason, ending: "ROLLBACK", done: Promise.resolve() };
  }

  /**
   * Ends the transaction with COMMIT or ROLLBACK, after any query still running, and gives the
   * connection back to the pool; a connection whose ending failed is destroyed, not reused. Only
   * the first call sends anything; later ones wait for it. From the first call on, new queries
   * are refused with `reason`.
   */
  end(ending: Ending, reason: EndReason): Promise<void> {
    if (this.#ended) return this.#ended.done;
    // Answered after every query already sent: the connection answers in order.
    const done = this.client.query(ending).then(
      () => this.client.release(),
      (error: unknown) => {
        this.client.release(error instanceof Error ? error : new Error(String(error)));
        throw error;
      },
    );
    this.#ended = { reason, ending, done };
    return done;
  }
}

/**
 * What the Prisma driver adapter is given as its "pool": every query it sends goes to the
 * connection of the unit of work running in the current async context, and none runs outside
 * one. (A pg.Pool because @prisma/adapter-pg takes a pool, and keeps its own type conversions,
 * reused as they are.) It never opens a connection of its own.
 */
export function unitOfWorkQueryRouter(): pg.Pool {
  const router = new pg.Pool({ max: 1 });
  const query = (config: pg.QueryConfig): Promise<pg.QueryResult> => {
    const connection = unitOfWorkContext.getStore()?.connection;
    if (!connection) {
      return Promise.reject(new UnitOfWorkEndedError("A query ran outside a unit of work"));
    }
    return connection.query(config);
  };
  const connect = () =>
    Promise.reject(new Error("Transactions are opened by runUnitOfWork, not by Prisma"));
  Object.defineProperties(router, { query: { value: query }, connect: { value: connect } });
  return router;
}
