/** Invitations work for seven days (DESIGN.md "Identity and sessions"; team/invitation-token.ts). */
export const INVITATION_LIFETIME_DAYS = 7;
