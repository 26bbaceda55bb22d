import { createHash, randomBytes } from "node:crypto";

/** Invitations work for seven days (DESIGN.md "Identity and sessions"). */
export const INVITATION_LIFETIME = "7 days";

/** 32 random bytes: what the link carries. Only its hash is stored. */
export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

/** A leaked invitations table gives no working link. */
export function invitationTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Cheap shape check before any database work: a base64url token of sensible length. */
export function looksLikeInvitationToken(token: string): boolean {
  return /^[\w-]{20,100}$/.test(token);
}
