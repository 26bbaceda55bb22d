import { escapeLiteral } from "pg";
import type { ActorSettings } from "../actor";

/**
 * A unit of work's first message: `BEGIN; SELECT set_config(...)` (two statements in one
 * simple-protocol message), so the actor's `app.*` settings travel in the same round trip as
 * BEGIN (measured by `pnpm bench:isolation`). A unit of work that re-checks a session adds
 * `SELECT * FROM app.session_state(...)` to the same message, after the settings, so the check
 * is the transaction's first read and costs no round trip of its own (pnpm bench:http).
 * A read-only unit of work begins READ ONLY: PostgreSQL refuses its writes.
 * Values are inlined as escaped literals (the message has no bind parameters).
 */
export function openingStatement(
  settings: ActorSettings,
  sessionState: { impersonationSessionId: string | null } | undefined,
  readOnly = false,
): string {
  const statements = [readOnly ? "BEGIN READ ONLY" : "BEGIN", settingsStatement(settings)];
  if (sessionState) statements.push(sessionStateStatement(sessionState.impersonationSessionId));
  return statements.join("; ");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The re-check's read, inlined. */
function sessionStateStatement(impersonationSessionId: string | null): string {
  if (impersonationSessionId !== null && !UUID.test(impersonationSessionId)) {
    throw new Error("An impersonation session id must be a uuid");
  }
  const id = impersonationSessionId === null ? "NULL" : escapeLiteral(impersonationSessionId);
  return `SELECT * FROM app.session_state(${id}::uuid)`;
}

/**
 * One statement for all six settings, transaction-local (they never outlive the unit of work
 * on a pooled connection). settingsFor() validated the values as uuids, role names and a
 * purpose slug before this point.
 */
export function settingsStatement(settings: ActorSettings): string {
  const pairs: [string, string][] = [
    ["app.tenant_id", settings.tenantId],
    ["app.user_id", settings.userId],
    ["app.user_type", settings.userType],
    ["app.role", settings.role],
    ["app.impersonator_id", settings.impersonatorId],
    ["app.purpose", settings.purpose],
  ];
  const calls = pairs.map(
    ([name, value]) => `set_config('${name}', ${escapeLiteral(value)}, true)`,
  );
  return `SELECT ${calls.join(", ")}`;
}
