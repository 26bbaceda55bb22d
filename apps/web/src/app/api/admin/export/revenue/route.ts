import { csvDownload, param } from "../csv-download";

/** GET /api/admin/export/revenue?from=2026-01&to=2026-06[&type=&method=]: payments as CSV. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  return csvDownload((admin) =>
    admin.revenue.exportCsv({
      from: param(url, "from") ?? "",
      to: param(url, "to") ?? "",
      type: param(url, "type") as "setup" | undefined,
      paymentMethod: param(url, "method") as "mpesa" | undefined,
    }),
  );
}
