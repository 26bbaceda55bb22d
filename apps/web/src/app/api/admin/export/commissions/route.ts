import { csvDownload, param } from "../csv-download";

/** GET /api/admin/export/commissions[?rep=&status=&month=]: commissions as CSV. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  return csvDownload((admin) =>
    admin.commissions.exportCsv({
      salesRepId: param(url, "rep"),
      status: param(url, "status") as "pending" | undefined,
      month: param(url, "month"),
    }),
  );
}
