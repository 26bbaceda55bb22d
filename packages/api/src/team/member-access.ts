import type { ScopedDb, TenantRole } from "@aizalo/db";
import type { TenantSessionClaims } from "../auth/session";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import type { TenantPermission } from "../trpc/permissions";
import { mayGrantRole } from "./team-roles";

/** Said by the API and, for a change that races past it, by PostgreSQL (0019's AZ001). */
export const LAST_OWNER_MESSAGE =
  "A business needs at least one active owner: make someone else an owner first.";

// Changing a member's access: owners and admins (the procedure checks), never on themselves,
// and only an owner touches an owner (0007's trigger agrees). A role change or deactivation bumps
// session_version, so the person's open sessions end and they sign in with their new rights.

async function findMember(db: ScopedDb, userId: string) {
  // Another business's id finds nothing here (tenant scope + RLS): not found, like a bad id.
  const member = await db.tenantUser.findFirst({
    where: { id: userId, passwordHash: { not: null } },
    select: { id: true, role: true, isActive: true, permissions: true },
  });
  if (!member) throw new NotFoundError("Team member");
  return member;
}

function assertMayChange(session: TenantSessionClaims, member: { id: string; role: TenantRole }) {
  if (member.id === session.userId) {
    throw new ForbiddenError("You cannot change your own access; ask another owner or admin");
  }
  if (member.role === "owner" && session.role !== "owner") {
    throw new ForbiddenError("Only an owner can change another owner");
  }
}

/** The API's own check; 0019's trigger repeats it under a lock for changes made at once. */
async function assertAnotherOwnerRemains(db: ScopedDb, leavingId: string) {
  const others = await db.tenantUser.count({
    where: {
      id: { not: leavingId },
      role: "owner",
      isActive: true,
      passwordHash: { not: null },
    },
  });
  if (others === 0) throw new ConflictError(LAST_OWNER_MESSAGE);
}

export async function changeMemberRole(
  db: ScopedDb,
  session: TenantSessionClaims,
  change: { userId: string; role: TenantRole },
) {
  const member = await findMember(db, change.userId);
  assertMayChange(session, member);
  if (!mayGrantRole(session.role, change.role)) {
    throw new ForbiddenError("Only an owner can make someone an owner");
  }
  if (member.role === change.role) return { changed: false };
  if (member.role === "owner" && member.isActive) await assertAnotherOwnerRemains(db, member.id);
  await db.tenantUser.update({
    where: { id: member.id },
    // Additions count for staff only: another role keeps none (as at invitation).
    data: {
      role: change.role,
      ...(change.role !== "staff" && { permissions: [] }),
      sessionVersion: { increment: 1 },
    },
    select: { id: true },
  });
  return { changed: true };
}

export async function changeMemberPermissions(
  db: ScopedDb,
  session: TenantSessionClaims,
  change: { userId: string; permissions: readonly TenantPermission[] },
) {
  const member = await findMember(db, change.userId);
  assertMayChange(session, member);
  if (member.role !== "staff") {
    throw new ValidationError("Extra permissions apply to staff only", {
      permissions: ["Owners and admins hold every permission; viewers hold none."],
    });
  }
  const permissions = [...new Set(change.permissions)].sort();
  await db.tenantUser.update({
    where: { id: member.id },
    data: { permissions },
    select: { id: true },
  });
  return { permissions };
}

export async function setMemberActive(
  db: ScopedDb,
  session: TenantSessionClaims,
  change: { userId: string; active: boolean },
) {
  const member = await findMember(db, change.userId);
  assertMayChange(session, member);
  if (member.isActive === change.active) return { changed: false };
  if (!change.active && member.role === "owner") await assertAnotherOwnerRemains(db, member.id);
  await db.tenantUser.update({
    where: { id: member.id },
    data: { isActive: change.active, ...(!change.active && { sessionVersion: { increment: 1 } }) },
    select: { id: true },
  });
  return { changed: true };
}

/**
 * The owner hands the business to another active member: they become an owner, the caller an
 * admin, in one unit of work. Both sessions end (role changed), so each signs in again.
 */
export async function transferOwnership(
  db: ScopedDb,
  session: TenantSessionClaims,
  change: { userId: string },
) {
  if (session.role !== "owner" || session.impersonatorId) {
    throw new ForbiddenError("Only an owner can transfer ownership");
  }
  const member = await findMember(db, change.userId);
  if (member.id === session.userId) {
    throw new ValidationError("Pick someone else", { userId: ["You are already an owner."] });
  }
  if (!member.isActive) {
    throw new ValidationError("Reactivate them first", {
      userId: ["Only an active member can become the owner."],
    });
  }
  if (member.role !== "owner") {
    await db.tenantUser.update({
      where: { id: member.id },
      data: { role: "owner", permissions: [], sessionVersion: { increment: 1 } },
      select: { id: true },
    });
  }
  await db.tenantUser.update({
    where: { id: session.userId },
    data: { role: "admin", sessionVersion: { increment: 1 } },
    select: { id: true },
  });
  return { newOwnerId: member.id };
}
