import type pg from "pg";

interface Parked {
  client: pg.PoolClient;
  timer: NodeJS.Timeout;
  /** Forgets a connection the server closed while it was parked. */
  closed: () => void;
}

/**
 * Connections whose read-only unit of work has finished but whose transaction is still open:
 * instead of a COMMIT of its own (a write and a round trip that change nothing for a read-only
 * transaction), it is ended by a ROLLBACK that leaves with the next unit of work's opening on
 * the same connection, in one write. A connection nobody takes within `idleMs` is rolled back
 * and returned to the pool, so the pool only ever holds connections outside a transaction.
 * Only runUnitOfWork takes from here, and it always sends that ROLLBACK first.
 */
export class ParkedConnections {
  #parked: Parked[] = [];

  constructor(private readonly idleMs: number) {}

  park(client: pg.PoolClient): void {
    const entry: Parked = {
      client,
      timer: setTimeout(() => {
        if (this.#remove(entry)) void rollBackAndRelease(client);
      }, this.idleMs).unref(),
      closed: () => {
        if (this.#remove(entry)) client.release(new Error("The connection was closed"));
      },
    };
    client.once("end", entry.closed);
    this.#parked.push(entry);
  }

  /** The most recently parked connection (its transaction still open), if any. */
  take(): pg.PoolClient | undefined {
    const entry = this.#parked.at(-1);
    if (!entry) return undefined;
    this.#remove(entry);
    return entry.client;
  }

  /** Ends every parked transaction and returns the connections to the pool. */
  async drain(): Promise<void> {
    const parked = [...this.#parked];
    await Promise.all(
      parked.map((entry) => this.#remove(entry) && rollBackAndRelease(entry.client)),
    );
  }

  #remove(entry: Parked): boolean {
    const index = this.#parked.indexOf(entry);
    if (index === -1) return false;
    this.#parked.splice(index, 1);
    clearTimeout(entry.timer);
    entry.client.off("end", entry.closed);
    return true;
  }
}

async function rollBackAndRelease(client: pg.PoolClient): Promise<void> {
  try {
    await client.query("ROLLBACK");
    client.release();
  } catch (error) {
    client.release(error instanceof Error ? error : true); // destroyed, not reused
  }
}
