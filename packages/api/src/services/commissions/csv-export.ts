import type { ScopedDb } from "@aizalo/db";
import Papa from "papaparse";
import type { Period } from "../sales-performance/period";
import { commissionsForExport, type CommissionFilters } from "./list-commissions";
import { revenueForExport, type RevenueFilters } from "./revenue-report";

const NAIROBI = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Africa/Nairobi",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "2026-01-31 23:30", Nairobi time: what a spreadsheet user expects to read. */
function nairobiTime(at: Date | null): string {
  if (!at) return "";
  const part = (type: string) => NAIROBI.formatToParts(at).find((p) => p.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}

/**
 * CSV with proper quoting (papaparse: commas, quotes and line breaks inside a field are quoted
 * and doubled). A text cell starting with = + @ or a tab/CR is prefixed with ' so a spreadsheet
 * does not run it as a formula; a leading "-" counts only when no digit follows, so negative
 * amounts stay numbers. Windows line ends and a BOM: Excel then opens UTF-8 names correctly.
 */
function toCsv(fields: string[], rows: (string | number)[][]): string {
  return `\uFEFF${Papa.unparse(
    { fields, data: rows },
    { newline: "\r\n", escapeFormulae: /^([=+@\t\r]|-(?!\d))/ },
  )}\r\n`;
}

export async function revenueCsv(db: ScopedDb, period: Period, filters: RevenueFilters) {
  const rows = await revenueForExport(db, period, filters);
  return toCsv(
    [
      "Paid at (Nairobi)",
      "Business",
      "Subdomain",
      "Type",
      "Method",
      "Reference",
      "Amount (KES)",
      "Refund of",
      "Sales rep",
      "Commission (KES)",
      "Commission status",
      "Recorded by",
      "Description",
      "Id",
    ],
    rows.map((row) => [
      nairobiTime(row.paidAt),
      row.tenant.businessName,
      row.tenant.subdomain,
      row.type,
      row.paymentMethod,
      row.paymentReference ?? "",
      row.amount.toFixed(2),
      row.refundOfId ?? "",
      row.salesRep?.fullName ?? "",
      row.commission ? row.commission.amount.toFixed(2) : "",
      row.commission?.status ?? "",
      row.recordedByUser?.fullName ?? "",
      row.description ?? "",
      row.id,
    ]),
  );
}

export async function commissionsCsv(db: ScopedDb, filters: CommissionFilters) {
  const rows = await commissionsForExport(db, filters);
  return toCsv(
    [
      "Payment date (Nairobi)",
      "Sales rep",
      "Business",
      "Revenue type",
      "Kind",
      "Payment (KES)",
      "Rate (%)",
      "Commission (KES)",
      "Status",
      "Approved at",
      "Approved by",
      "Paid at",
      "Paid by",
      "Payout reference",
      "Id",
    ],
    rows.map((row) => [
      nairobiTime(row.revenue.paidAt),
      row.salesRep.fullName,
      row.businessName ?? "",
      row.revenue.type,
      row.kind,
      row.revenue.amount.toFixed(2),
      row.rate.toFixed(2),
      row.amount.toFixed(2),
      row.status,
      nairobiTime(row.approvedAt),
      row.approvedByUser?.fullName ?? "",
      nairobiTime(row.paidAt),
      row.paidByUser?.fullName ?? "",
      row.payoutReference ?? "",
      row.id,
    ]),
  );
}
