import { SESSION_END_MESSAGES, type SessionEndReason } from "@aizalo/api/auth";

/** The `?ended=` reason a sign-in page received, as the sentence to show; unknown → nothing. */
export function sessionEndedNotice(ended: string | string[] | undefined): string | undefined {
  if (typeof ended !== "string" || !Object.hasOwn(SESSION_END_MESSAGES, ended)) return undefined;
  return SESSION_END_MESSAGES[ended as SessionEndReason];
}

/** What a sign-in page says before any attempt: why the last session ended, or a new password. */
export function signInNotice(searchParams: Record<string, string | string[] | undefined>) {
  if (searchParams.invite === "accepted") {
    return "Your password is set. Sign in to start working with your team.";
  }
  if (searchParams.password === "changed") {
    return "Your password was changed. Sign in with your new password.";
  }
  return sessionEndedNotice(searchParams.ended);
}
