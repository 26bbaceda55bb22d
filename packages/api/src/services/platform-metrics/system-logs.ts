import type { ScopedDb } from "@aizalo/db";
import { tenantNames } from "./names";

export const LOG_LEVELS = ["debug", "info", "warning", "error", "critical"] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

export interface SystemLogQuery {
  /** The least severe level shown: "warning" shows warning, error and critical. */
  minLevel?: LogLevelName;
  source?: string;
  page: number;
  pageSize: number;
}

export interface SystemLogRow {
  id: string;
  level: LogLevelName;
  source: string;
  message: string;
  metadata: unknown;
  tenantId: string | null;
  tenantName: string | null;
  requestId: string | null;
  createdAt: Date;
}

export interface Page<Row> {
  rows: Row[];
  total: number;
  page: number;
  pageSize: number;
}

/** system_logs, newest first, one page at a time (the table only grows). */
export async function listSystemLogs(
  db: ScopedDb,
  query: SystemLogQuery,
): Promise<Page<SystemLogRow>> {
  const levels = query.minLevel ? LOG_LEVELS.slice(LOG_LEVELS.indexOf(query.minLevel)) : undefined;
  const where = {
    ...(levels && { level: { in: [...levels] } }),
    ...(query.source && { source: query.source }),
  };
  const [rows, total] = [
    await db.systemLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    await db.systemLog.count({ where }),
  ];
  const nameOf = await tenantNames(
    db,
    rows.flatMap((row) => (row.tenantId ? [row.tenantId] : [])),
  );
  return {
    rows: rows.map((row) => ({
      id: row.id.toString(),
      level: row.level,
      source: row.source,
      message: row.message,
      metadata: row.metadata,
      tenantId: row.tenantId,
      tenantName: row.tenantId ? (nameOf.get(row.tenantId) ?? null) : null,
      requestId: row.requestId,
      createdAt: row.createdAt,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Every source that has written a log line, for the filter. */
export async function systemLogSources(db: ScopedDb): Promise<string[]> {
  const rows = await db.$queryRaw<{ source: string }[]>`
    SELECT DISTINCT source FROM system_logs ORDER BY source`;
  return rows.map((row) => row.source);
}
