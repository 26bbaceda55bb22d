import type { ScopedDb } from "@aizalo/db";
import type { PlatformSessionClaims } from "../../auth/session";
import { NotFoundError } from "../../errors";

/** The platform staff member behind a session: the admin and sales shells' header. */
export async function signedInStaffMember(db: ScopedDb, session: PlatformSessionClaims) {
  const member = await db.platformUser.findFirst({
    where: { id: session.userId },
    select: { id: true, fullName: true, email: true, role: true },
  });
  if (!member) throw new NotFoundError("User");
  return member;
}
