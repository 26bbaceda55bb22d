import type { Database } from "@aizalo/db";
import type { Logger } from "pino";

/** One API call as `api_usage` records it. */
export interface ApiUsageRow {
  endpoint: string;
  method: "query" | "mutation" | "subscription";
  userId: string | null;
  userType: "platform" | "tenant" | null;
  tenantId: string | null;
  responseStatus: number;
  responseTimeMs: number;
}

export interface ApiUsageLogOptions {
  flushIntervalMs?: number;
  /** A full batch is written at once rather than waiting for the timer. */
  batchSize?: number;
}

/**
 * Records every call without slowing it: `record` only pushes to an in-process buffer, and the
 * buffer is written in batches (every second, or at 100 rows) by one `system` unit of work
 * with a single INSERT of seven arrays (no RETURNING, the app cannot read api_usage back).
 * A failed write is logged and dropped: usage statistics never fail or retry a request.
 */
export class ApiUsageLog {
  private buffer: ApiUsageRow[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly flushIntervalMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly database: Database,
    private readonly logger: Logger,
    options: ApiUsageLogOptions = {},
  ) {
    this.flushIntervalMs = options.flushIntervalMs ?? 1_000;
    this.batchSize = options.batchSize ?? 100;
  }

  record(row: ApiUsageRow): void {
    this.buffer.push(row);
    if (this.buffer.length >= this.batchSize) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.flushIntervalMs).unref();
  }

  /** Writes what is buffered; resolves when every earlier write has finished too. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const rows = this.buffer;
    this.buffer = [];
    if (rows.length > 0) this.writing = this.writing.then(() => this.write(rows));
    return this.writing;
  }

  private async write(rows: ApiUsageRow[]): Promise<void> {
    const column = <K extends keyof ApiUsageRow>(key: K) => rows.map((row) => row[key]);
    try {
      // One statement shape whatever the batch size, so PostgreSQL and Prisma plan it once;
      // createMany compiled a new plan for every batch (a visible share of an API call's CPU).
      await this.database.runUnitOfWork(
        { type: "system", purpose: "api-usage" },
        (db) => db.$executeRaw`
          INSERT INTO api_usage
            (endpoint, method, user_id, user_type, tenant_id, response_status, response_time_ms)
          SELECT * FROM unnest(
            ${column("endpoint")}::text[], ${column("method")}::text[],
            ${column("userId")}::uuid[], ${column("userType")}::text[]::user_type[],
            ${column("tenantId")}::uuid[], ${column("responseStatus")}::int[],
            ${column("responseTimeMs")}::int[])`,
      );
    } catch (error) {
      this.logger.warn({ err: error, rows: rows.length }, "api usage rows dropped");
    }
  }
}
