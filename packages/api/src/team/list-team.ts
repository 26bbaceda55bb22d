import type { ScopedDb } from "@aizalo/db";

/**
 * The business's team: members who have accepted (or were created with a password), and
 * invitations still waiting for an answer. Token hashes never leave the database.
 */
export async function listTeam(db: ScopedDb) {
  const [members, pendingInvites] = await Promise.all([
    db.tenantUser.findMany({
      where: { passwordHash: { not: null } },
      select: {
        id: true,
        email: true,
        fullName: true,
        role: true,
        permissions: true,
        isActive: true,
        lastLoginAt: true,
      },
      orderBy: [{ role: "asc" }, { fullName: "asc" }],
    }),
    db.invitation.findMany({
      where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      select: {
        id: true,
        email: true,
        role: true,
        permissions: true,
        expiresAt: true,
        createdAt: true,
        tenantUser: { select: { fullName: true } },
      },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return {
    members,
    pendingInvites: pendingInvites.map(({ tenantUser, ...invite }) => ({
      ...invite,
      fullName: tenantUser.fullName,
    })),
  };
}
