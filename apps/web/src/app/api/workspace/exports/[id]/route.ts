import { createCallerFor } from "@aizalo/api";
import { TRPCError } from "@trpc/server";
import { getVerifiedSession } from "../../../../../server/session";

/**
 * GET /api/workspace/exports/<id>: the archive of a finished "export everything", for the
 * business's owner. The session's own business only: another business's export id, an
 * unfinished or expired one, or a malformed id all answer 404 (existence is not revealed).
 * The download is audited by the procedure it calls.
 */
export async function GET(_request: Request, context: RouteContext<"/api/workspace/exports/[id]">) {
  const session = await getVerifiedSession();
  if (!session) return text("Please sign in.", 401);
  const { id } = await context.params;
  try {
    const { fileName, content } = await createCallerFor(session).tenant.dataExport.download({ id });
    return new Response(content, {
      headers: {
        "content-type": "application/zip",
        "content-length": String(content.byteLength),
        "content-disposition": `attachment; filename="${fileName.replace(/[^\w.-]/g, "_")}"`,
        // All of a business's data: never kept by a shared cache.
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "UNAUTHORIZED") return text("Please sign in.", 401);
      if (error.code === "FORBIDDEN")
        return text("Only the business's owner can download its data.", 403);
      if (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
        return text("Not found.", 404);
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
