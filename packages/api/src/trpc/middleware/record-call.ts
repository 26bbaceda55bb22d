import type { ProcedureType } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { Context } from "../context";
import { toTrpcError } from "../error-mapping";
import { middleware } from "../init";

/**
 * Around everything a call runs: maps whatever went wrong to a tRPC code (the one place,
 * error-mapping.ts), logs only the unexpected, and records the call in api_usage (buffered,
 * written after the response; see api-usage/usage-log.ts).
 */
export async function recordedCall<R extends { ok: boolean }>(
  call: { ctx: Context; path: string; type: ProcedureType },
  run: () => Promise<R>,
): Promise<R> {
  const { ctx, path, type } = call;
  const started = performance.now();
  let result: R | undefined;
  let failure: { cause: unknown } | undefined;
  try {
    result = await run();
    if (!result.ok) failure = { cause: (result as { error?: unknown }).error };
  } catch (thrown) {
    failure = { cause: thrown };
  }
  const error = failure ? toTrpcError(failure.cause) : null;
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
  if (error || !result) throw error;
  return result;
}

/** The outermost middleware of the public and stream builders (calls record in callGuard). */
export const recordCall = middleware(({ ctx, path, type, next }) =>
  recordedCall({ ctx, path, type }, () => next()),
);
