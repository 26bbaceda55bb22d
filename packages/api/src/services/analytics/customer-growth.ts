import type { ScopedDb } from "@aizalo/db";
import type { Bucket } from "./calendar";
import type { Span } from "./lead-conversion";

/** Customers added per period (business time); erased customers still count as added. */
export function customersAdded(
  db: ScopedDb,
  span: Span,
  bucket: Bucket,
  zone: string,
): Promise<{ period: string; customers: number }[]> {
  return db.$queryRaw`
    SELECT to_char(date_trunc(${bucket}, created_at AT TIME ZONE ${zone}), 'YYYY-MM-DD') AS period,
      count(*)::int AS customers
    FROM customers
    WHERE deleted_at IS NULL AND created_at >= ${span.start} AND created_at < ${span.end}
    GROUP BY 1
    ORDER BY 1`;
}
