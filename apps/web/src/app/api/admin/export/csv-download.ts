import "server-only";
import { TRPCError } from "@trpc/server";
import { createCallerFor } from "@aizalo/api";
import { getVerifiedSession } from "../../../../server/session";

type AdminApi = ReturnType<typeof createCallerFor>["admin"];

/**
 * A CSV export as a file download. A route handler (not a client-side download of procedure
 * output) so a plain link saves the file, with no JavaScript and without holding a large export
 * in the page's memory; the rows and the CSV come from an admin procedure, so authorization,
 * validation and the unit of work are the API's, as for every other call.
 */
export async function csvDownload(
  exporter: (api: AdminApi) => Promise<{ filename: string; csv: string }>,
): Promise<Response> {
  const session = await getVerifiedSession();
  if (!session) return text("Please sign in.", 401);
  try {
    const { filename, csv } = await exporter(createCallerFor(session).admin);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
        // Money and names: never kept by a shared cache.
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "FORBIDDEN") return text("You do not have access to this export.", 403);
      if (error.code === "UNAUTHORIZED") return text("Please sign in.", 401);
      if (error.code === "BAD_REQUEST") return text("Check the export's filters.", 400);
    }
    throw error;
  }
}

function text(message: string, status: number) {
  return new Response(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** A query-string value, or undefined when absent or empty (the procedure validates it). */
export function param(url: URL, name: string): string | undefined {
  const value = url.searchParams.get(name);
  return value ? value : undefined;
}
