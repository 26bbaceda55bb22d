import {
  InvalidActorError,
  MissingUnitOfWorkError,
  Prisma,
  TenantScopeError,
  UndefinedWhereValueError,
} from "@aizalo/db";
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
} from "../errors";
import { LAST_OWNER_MESSAGE } from "../team/member-access";

/** 0019's guard: the change would leave the business without an active owner. */
const LAST_OWNER_SQLSTATE = "AZ001";

/**
 * The one place where errors become tRPC codes. Whatever a handler, the database or a guard
 * throws passes through here once (the outermost middleware), so a new error kind is mapped
 * here and nowhere else. Anything unknown stays INTERNAL_SERVER_ERROR, whose message the
 * formatter hides.
 */
export function toTrpcError(error: unknown): TRPCError {
  // tRPC wraps whatever a handler throws in an INTERNAL_SERVER_ERROR: look at what it wrapped.
  const cause =
    error instanceof TRPCError && error.code === "INTERNAL_SERVER_ERROR" && error.cause
      ? error.cause
      : error;
  if (cause instanceof TRPCError) return cause;
  const code = codeFor(cause);
  if (code === "INTERNAL_SERVER_ERROR") {
    return new TRPCError({ code, message: "Something went wrong", cause: asError(cause) });
  }
  return new TRPCError({ code, message: publicMessage(code, cause), cause: asError(cause) });
}

function codeFor(error: unknown): TRPC_ERROR_CODE_KEY {
  if (error instanceof NotFoundError) return "NOT_FOUND";
  if (error instanceof ForbiddenError) return "FORBIDDEN";
  if (error instanceof ConflictError) return "CONFLICT";
  if (error instanceof ValidationError) return "BAD_REQUEST";
  if (error instanceof RateLimitedError) return "TOO_MANY_REQUESTS";
  // The tenant filter refused a row of another tenant: answer as if it did not exist.
  if (error instanceof TenantScopeError) return "NOT_FOUND";
  if (error instanceof UndefinedWhereValueError) return "BAD_REQUEST";
  if (error instanceof InvalidActorError) return "UNAUTHORIZED";
  if (error instanceof MissingUnitOfWorkError) return "INTERNAL_SERVER_ERROR";
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2025") return "NOT_FOUND";
    if (error.code === "P2002") return "CONFLICT";
  }
  // RLS WITH CHECK, a guard trigger or a missing grant: the database said no.
  if (sqlStateOf(error) === "42501") return "FORBIDDEN";
  if (sqlStateOf(error) === LAST_OWNER_SQLSTATE) return "CONFLICT";
  return "INTERNAL_SERVER_ERROR";
}

/** Domain errors speak to the user; the rest get a fixed message with no internals. */
function publicMessage(code: TRPC_ERROR_CODE_KEY, error: unknown): string {
  if (error instanceof DomainError) return error.message;
  // A business rule PostgreSQL enforced when two changes raced past the API's own check.
  if (sqlStateOf(error) === LAST_OWNER_SQLSTATE) return LAST_OWNER_MESSAGE;
  switch (code) {
    case "NOT_FOUND":
      return "Not found";
    case "CONFLICT":
      return "This conflicts with an existing record";
    case "FORBIDDEN":
      return "You do not have access to this";
    case "UNAUTHORIZED":
      return "Please sign in again";
    default:
      return "The request could not be processed";
  }
}

/**
 * The PostgreSQL SQLSTATE behind an error: on a pg error itself, or inside Prisma's driver
 * adapter error (`cause.originalCode`), however deep Prisma nested it.
 */
export function sqlStateOf(error: unknown, depth = 0): string | undefined {
  if (depth > 4 || typeof error !== "object" || error === null) return undefined;
  // Prisma's own codes (P2002...) look like SQLSTATEs: read only the driver error it carries.
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const meta = error.meta as { driverAdapterError?: unknown } | undefined;
    return sqlStateOf(meta?.driverAdapterError, depth + 1);
  }
  const candidate = error as { code?: unknown; originalCode?: unknown; cause?: unknown };
  for (const value of [candidate.originalCode, candidate.code]) {
    if (typeof value === "string" && /^[0-9A-Z]{5}$/.test(value)) return value;
  }
  return sqlStateOf(candidate.cause, depth + 1);
}

function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
