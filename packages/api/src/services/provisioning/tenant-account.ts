import type { ScopedDb } from "@aizalo/db";
import { ValidationError } from "../../errors";
import { INVITATION_LIFETIME_DAYS } from "./invitation-lifetime";
import { invitationTokenHash, newInvitationToken } from "../../team/invitation-token";
import { sqlStateOf } from "../../trpc/error-mapping";

/** The purpose every provisioning unit of work records (audit_logs.purpose, app.purpose). */
export const PROVISIONING_PURPOSE = "provisioning";

const DAY_MS = 86_400_000;
const NAIROBI_OFFSET_MS = 3 * 3_600_000;

export const SUBDOMAIN_TAKEN_MESSAGE = "This subdomain is already taken. Try another one.";

/** The refusal a form shows under the subdomain field. */
export function subdomainTaken(): ValidationError {
  return new ValidationError(SUBDOMAIN_TAKEN_MESSAGE, { subdomain: [SUBDOMAIN_TAKEN_MESSAGE] });
}

/**
 * Two reps racing for one subdomain both pass the availability check; PostgreSQL's partial
 * unique index stops the second insert. That is a taken subdomain, not a server error.
 */
export function isSubdomainUniqueViolation(error: unknown): boolean {
  if (sqlStateOf(error) !== "23505" && !hasPrismaCode(error, "P2002")) return false;
  return JSON.stringify(errorDetails(error)).includes("subdomain");
}

function hasPrismaCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}

function errorDetails(error: unknown): unknown {
  if (typeof error !== "object" || error === null) return String(error);
  const { message, meta } = error as { message?: unknown; meta?: unknown };
  return { message, meta };
}

/** True when no live business uses the subdomain (a soft-deleted one frees it). */
export async function subdomainIsFree(db: ScopedDb, subdomain: string): Promise<boolean> {
  const taken = await db.tenant.findFirst({ where: { subdomain }, select: { id: true } });
  return taken === null;
}

/** The Nairobi calendar date `days` after `now`, as a `date` column wants it. */
export function nairobiDateAfter(now: Date, days: number): Date {
  const local = new Date(now.getTime() + days * DAY_MS + NAIROBI_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

/**
 * The business's owner: a tenant_users row without a password, then an invitation for it.
 */
export async function inviteTenantOwner(
  db: ScopedDb,
  invite: {
    tenantId: string;
    repId: string;
    email: string;
    fullName: string;
    businessName: string;
    now: Date;
    linkFor: (token: string) => string;
  },
) {
  const owner = await db.tenantUser.create({
    data: {
      tenantId: invite.tenantId,
      email: invite.email,
      fullName: invite.fullName,
      role: "owner",
    },
    select: { id: true },
  });
  return {
    ownerId: owner.id,
    ...(await issueInvitation(db, { ...invite, tenantUserId: owner.id })),
  };
}

/**
 * A seven-day, single-use invitation for a user without a password (only the token's hash is
 * stored), sent through the outbox. The link is returned once, for the rep to pass on; the
 * accept page at /invite/<token> sets the password.
 */
export async function issueInvitation(
  db: ScopedDb,
  invite: {
    tenantId: string;
    tenantUserId: string;
    repId: string;
    email: string;
    fullName: string;
    businessName: string;
    now: Date;
    linkFor: (token: string) => string;
  },
) {
  const token = newInvitationToken();
  const expiresAt = new Date(invite.now.getTime() + INVITATION_LIFETIME_DAYS * DAY_MS);
  const invitation = await db.invitation.create({
    data: {
      tenantId: invite.tenantId,
      tenantUserId: invite.tenantUserId,
      email: invite.email,
      role: "owner",
      tokenHash: invitationTokenHash(token),
      invitedByPlatformUserId: invite.repId,
      expiresAt,
    },
    select: { id: true },
  });
  const link = invite.linkFor(token);
  // createMany: no RETURNING of a row that carries a live link.
  await db.outboxMessage.createMany({
    data: [
      {
        tenantId: invite.tenantId,
        channel: "email",
        recipient: invite.email,
        kind: "invitation",
        payload: {
          link,
          fullName: invite.fullName,
          role: "owner",
          businessName: invite.businessName,
        },
      },
    ],
  });
  return { invitationId: invitation.id, link, expiresAt };
}

/** One audit row written by a provisioning unit of work, naming the rep it acts for. */
export async function auditProvisioning(
  db: ScopedDb,
  entry: {
    repId: string;
    tenantId: string;
    action: string;
    entity: string;
    entityId: string;
    changedFields: readonly string[];
  },
): Promise<void> {
  // createMany: audit_logs is insert-only for the app role (no RETURNING).
  await db.auditLog.createMany({
    data: [
      {
        actorUserType: "system",
        actorUserId: entry.repId,
        actorRole: "sales",
        purpose: PROVISIONING_PURPOSE,
        tenantId: entry.tenantId,
        action: entry.action,
        entity: entry.entity,
        entityId: entry.entityId,
        changedFields: [...entry.changedFields].sort(),
      },
    ],
  });
}
