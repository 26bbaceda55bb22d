import type { ScopedDb } from "@aizalo/db";
import Papa from "papaparse";
import { customerOrderBy, customerWhere, type CustomerFilter } from "./customer-filters";

/** More than any small business's list; a larger export belongs to "export everything". */
export const MAX_EXPORT_ROWS = 50_000;

/**
 * A spreadsheet opening a cell that starts with = + - @ runs it as a formula (CSV injection).
 * Phone numbers (+2547...) and negative-looking numbers are data, so only text is defused.
 */
function safeCell(value: string): string {
  if (/^[=@\t\r]/.test(value) || /^[+-](?![\d\s]+$)/.test(value)) return `'${value}`;
  return value;
}

/** The customers matching the list's current filter, as CSV with the import's column names. */
export async function exportCustomersCsv(db: ScopedDb, filter: CustomerFilter) {
  const rows = await db.customer.findMany({
    where: customerWhere(filter),
    orderBy: customerOrderBy("createdAt", "asc"),
    take: MAX_EXPORT_ROWS + 1,
    select: {
      firstName: true,
      lastName: true,
      phone: true,
      email: true,
      languagePreference: true,
      location: true,
      tags: true,
      acquisitionChannel: true,
      lifetimeValue: true,
      createdAt: true,
      lastActiveAt: true,
    },
  });
  const truncated = rows.length > MAX_EXPORT_ROWS;
  const csv = Papa.unparse({
    fields: [
      "first_name",
      "last_name",
      "phone",
      "email",
      "language",
      "location",
      "tags",
      "acquisition_channel",
      "lifetime_value",
      "created_at",
      "last_active_at",
    ],
    data: rows
      .slice(0, MAX_EXPORT_ROWS)
      .map((row) =>
        [
          row.firstName ?? "",
          row.lastName ?? "",
          row.phone,
          row.email ?? "",
          row.languagePreference,
          row.location ?? "",
          row.tags.join(";"),
          row.acquisitionChannel ?? "",
          row.lifetimeValue.toFixed(2),
          row.createdAt.toISOString(),
          row.lastActiveAt?.toISOString() ?? "",
        ].map(safeCell),
      ),
  });
  return { csv, rowCount: Math.min(rows.length, MAX_EXPORT_ROWS), truncated };
}
