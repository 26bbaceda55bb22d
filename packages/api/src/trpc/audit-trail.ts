import { isIP } from "node:net";
import type { ScopedDb } from "@aizalo/db";
import type { SessionClaims } from "../auth/session";

/** What a mutation says it changed. */
export interface AuditEntry {
  /** The kind of record, in the business's words: "customer", "campaign", "tenant". */
  entity: string;
  entityId?: string | null;
  /**
   * Names of the fields changed. Pass the changes object itself if handy: only its keys (with a
   * defined value) are kept, so personal values never reach the audit log.
   */
  changedFields?: readonly string[] | Readonly<Record<string, unknown>>;
  /** For platform staff acting on one tenant; a tenant actor's rows always carry its own. */
  tenantId?: string | null;
}

export interface AuditRequest {
  session: SessionClaims;
  /** The procedure path: the audit row's action. */
  action: string;
  requestId: string;
  ip: string | null;
}

/**
 * Collects what a mutation declares through `ctx.audit(...)` and writes it in the mutation's own
 * transaction, so a change and its audit row commit or roll back together. A mutation that
 * declares nothing still leaves one row, named after its procedure.
 */
export class AuditTrail {
  private readonly entries: AuditEntry[] = [];

  readonly declare = (entry: AuditEntry): void => {
    this.entries.push(entry);
  };

  async write(db: ScopedDb, request: AuditRequest): Promise<void> {
    const entries = this.entries.length > 0 ? this.entries : [defaultEntry(request.action)];
    const { session } = request;
    // createMany: audit_logs is insert-only for the app, so no RETURNING (ISOLATION.md).
    await db.auditLog.createMany({
      data: entries.map((entry) => ({
        actorUserId: session.userId,
        actorUserType: session.userType,
        actorRole: session.role,
        impersonatorId: session.userType === "tenant" ? (session.impersonatorId ?? null) : null,
        tenantId: session.userType === "tenant" ? session.tenantId : (entry.tenantId ?? null),
        action: request.action,
        entity: entry.entity,
        entityId: entry.entityId ?? null,
        changedFields: fieldNames(entry.changedFields),
        requestId: request.requestId,
        ip: request.ip && isIP(request.ip) ? request.ip : null,
      })),
    });
  }
}

/** "tenant.customers.update" → entity "customers". */
function defaultEntry(action: string): AuditEntry {
  const segments = action.split(".");
  return { entity: segments.at(-2) ?? action };
}

function fieldNames(fields: AuditEntry["changedFields"]): string[] {
  if (!fields) return [];
  if (isFieldList(fields)) return [...new Set(fields)].sort();
  return Object.keys(fields)
    .filter((name) => fields[name] !== undefined)
    .sort();
}

function isFieldList(
  fields: NonNullable<AuditEntry["changedFields"]>,
): fields is readonly string[] {
  return Array.isArray(fields);
}
