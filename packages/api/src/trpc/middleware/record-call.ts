import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { toTrpcError } from "../error-mapping";
import { middleware } from "../init";

/**
 * The outermost middleware of every builder: maps whatever went wrong to a tRPC code (the one
 * place, error-mapping.ts), logs only the unexpected, and records the call in api_usage
 * (buffered, written after the response; see api-usage/usage-log.ts).
 */
export const recordCall = middleware(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  const error = result.ok ? null : toTrpcError(result.error);
  if (error?.code === "INTERNAL_SERVER_ERROR") {
    ctx.logger.error({ err: error.cause ?? error, path, type }, "unexpected error");
  }
  const { session } = ctx;
  ctx.usageLog.record({
    endpoint: path,
    method: type,
    userId: session?.userId ?? null,
    userType: session?.userType ?? null,
    tenantId: session?.userType === "tenant" ? session.tenantId : null,
    responseStatus: error ? getHTTPStatusCodeFromError(error) : 200,
    responseTimeMs: Math.round(performance.now() - started),
  });
  if (error) throw error;
  return result;
});
