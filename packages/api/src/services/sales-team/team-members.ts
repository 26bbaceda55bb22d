import { randomBytes, createHash } from "node:crypto";
import type { ScopedDb } from "@aizalo/db";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import type { SalesTeamRole } from "./staff-fields";

/** A staff invitation link works for 7 days, like a business's invitations (DESIGN.md). */
const INVITE_LIFETIME = "7 days";

/** Sales reps and support staff with their territories and the rates in force today. */
export async function listSalesTeam(db: ScopedDb) {
  const now = new Date();
  const people = await db.platformUser.findMany({
    where: { role: { in: ["sales", "support"] }, deletedAt: null },
    orderBy: [{ isActive: "desc" }, { fullName: "asc" }, { id: "asc" }],
    select: {
      id: true,
      fullName: true,
      email: true,
      phone: true,
      role: true,
      isActive: true,
      passwordHash: true,
      lastLoginAt: true,
      createdAt: true,
      territories: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      commissionRates: {
        where: { effectiveFrom: { lte: now } },
        orderBy: { effectiveFrom: "desc" },
        take: 1,
        select: { setupRate: true, recurringRate: true, effectiveFrom: true },
      },
    },
  });
  // The hash never leaves this function: only whether the invitation is still open.
  return people.map(({ passwordHash, commissionRates, ...person }) => ({
    ...person,
    invitationPending: passwordHash === null,
    rates: commissionRates[0] ?? null,
  }));
}

export interface NewTeamMember {
  fullName: string;
  email: string;
  phone: string | null;
  role: SalesTeamRole;
}

/**
 * Adds a sales rep or support person: an account without a password, and a set-password link
 * (the password reset machinery, valid 7 days) written to the outbox in the same unit of work,
 * so a refused addition sends nothing.
 */
export async function addTeamMember(
  db: ScopedDb,
  member: NewTeamMember,
  linkFor: (token: string) => string,
) {
  const taken = await db.platformUser.findFirst({
    where: { email: member.email, deletedAt: null },
    select: { id: true },
  });
  if (taken) {
    throw new ValidationError("Someone on the platform already uses this email.", {
      email: ["Someone on the platform already uses this email."],
    });
  }
  const user = await db.platformUser.create({
    data: {
      fullName: member.fullName,
      email: member.email,
      phone: member.phone,
      role: member.role,
    },
    select: { id: true },
  });
  await sendSetPasswordLink(db, user.id, member.email, member.fullName, linkFor);
  return { id: user.id };
}

/** A new link for someone who has not set a password yet (the first expired or was lost). */
export async function resendInvitation(
  db: ScopedDb,
  id: string,
  linkFor: (token: string) => string,
) {
  const person = await findTeamMember(db, id);
  if (!person.invitationPending) throw new ConflictError("They already set a password.");
  if (!person.isActive) throw new ConflictError("Reactivate them before inviting them again.");
  await sendSetPasswordLink(db, person.id, person.email, person.fullName, linkFor);
}

async function sendSetPasswordLink(
  db: ScopedDb,
  userId: string,
  email: string,
  fullName: string,
  linkFor: (token: string) => string,
) {
  const token = randomBytes(32).toString("base64url");
  const hash = createHash("sha256").update(token).digest("hex");
  // No RETURNING: owner and admin may write this link but never read one back (0011's policy).
  await db.$executeRaw`
    INSERT INTO password_resets (user_type, platform_user_id, token_hash, expires_at)
    VALUES ('platform', ${userId}::uuid, ${hash}, now() + ${INVITE_LIFETIME}::interval)`;
  await db.outboxMessage.createMany({
    data: [
      {
        tenantId: null,
        channel: "email",
        recipient: email,
        kind: "staff_invitation",
        payload: { link: linkFor(token), fullName },
      },
    ],
  });
}

async function findTeamMember(db: ScopedDb, id: string) {
  const person = await db.platformUser.findFirst({
    where: { id, role: { in: ["sales", "support"] }, deletedAt: null },
    select: {
      id: true,
      email: true,
      fullName: true,
      role: true,
      isActive: true,
      passwordHash: true,
    },
  });
  // Owner and admin accounts are not this page's: they look like no one.
  if (!person) throw new NotFoundError("Team member");
  const { passwordHash, ...rest } = person;
  return { ...rest, invitationPending: passwordHash === null };
}

export interface TeamMemberChanges {
  id: string;
  fullName: string;
  phone: string | null;
  role: SalesTeamRole;
}

/**
 * Edits a name, phone or role. A role change ends the person's sessions (session_version), so
 * they sign in again with the new rights (DESIGN.md "Identity and sessions").
 */
export async function updateTeamMember(db: ScopedDb, changes: TeamMemberChanges) {
  const person = await findTeamMember(db, changes.id);
  const roleChanged = person.role !== changes.role;
  if (roleChanged && changes.role === "support") {
    // A rep turning support keeps nothing of a rep's: their territories go back to the pool.
    await db.salesTerritory.updateMany({
      where: { assignedTo: person.id },
      data: { assignedTo: null },
    });
  }
  await db.platformUser.update({
    where: { id: person.id },
    data: {
      fullName: changes.fullName,
      phone: changes.phone,
      role: changes.role,
      ...(roleChanged && { sessionVersion: { increment: 1 } }),
    },
    select: { id: true },
  });
  return { roleChanged };
}

/**
 * Deactivates (or reactivates) a team member. Deactivating ends every session at once
 * (session_version) and sign-in refuses inactive accounts; their past revenue and commissions
 * stay theirs.
 */
export async function setTeamMemberActive(db: ScopedDb, id: string, active: boolean) {
  const person = await findTeamMember(db, id);
  if (person.isActive === active) return { changed: false };
  await db.platformUser.update({
    where: { id: person.id },
    data: { isActive: active, ...(!active && { sessionVersion: { increment: 1 } }) },
    select: { id: true },
  });
  return { changed: true };
}
