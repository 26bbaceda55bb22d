import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import {
  clientAddress,
  DEVELOPMENT_AUTH_SECRET,
  verifyPlatformSignIn,
  verifyTenantSignIn,
  type SessionClaims,
  type SignInResult,
} from "@aizalo/api/auth";
import { switchedToken, withoutExpiredImpersonation } from "./app/api/impersonation/session-switch";
import "./auth/claims";
import { SignInRefused } from "./auth/sign-in-refusal";
import { env } from "./env";

const credentials = {
  email: { label: "Email", type: "email" },
  password: { label: "Password", type: "password" },
} as const;

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** The session's claims as a User for Auth.js; a refusal becomes the code the form shows. */
function signedIn(result: SignInResult<SessionClaims>): { id: string; claims: SessionClaims } {
  if (!result.ok) throw new SignInRefused(result.refusal, result.retryAfterSeconds);
  return { id: result.claims.userId, claims: result.claims };
}

// Production without AUTH_SECRET: Auth.js refuses every request (MissingSecret) rather than
// sign cookies with a published value. Development uses the default documented in .env.example.
export const authSecret =
  env.AUTH_SECRET ?? (process.env.NODE_ENV === "production" ? undefined : DEVELOPMENT_AUTH_SECRET);

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth({
  secret: authSecret,
  // The host comes from our own proxy (or the dev server); credentials need no OAuth callback.
  trustHost: true,
  session: {
    strategy: "jwt",
    // A week, so people who run their business from a phone are not asked every morning.
    // Long is safe because every request re-checks the account (getVerifiedSession), and a
    // password change, role change or deactivation ends sessions at once.
    maxAge: 7 * 24 * 60 * 60,
  },
  pages: { signIn: "/login" },
  // Auth.js remembers where to return after a sign-in in a cookie that only its own routes
  // read. Scoped to them, every other page load and API call carries the session cookie alone:
  // fewer bytes from a phone, and less for Next to parse on each request (pnpm bench:http).
  // Auth.js deep-merges this into its defaults (name prefix, httpOnly, sameSite, secure).
  cookies: { callbackUrl: { options: { path: "/api/auth" } } },
  logger: {
    // A refused sign-in is expected and already in audit_logs: not a server error.
    error(error) {
      if (!("type" in error && error.type === CredentialsSignin.type)) console.error(error);
    },
  },
  providers: [
    Credentials({
      id: "platform",
      name: "Aizalo staff",
      // The second step of staff with TOTP: the same email and password again, plus the code
      // (or a recovery code), checked only after the password (app/login/staff-sign-in-form).
      credentials: { ...credentials, code: { label: "Code", type: "text" } },
      async authorize(input, request) {
        return signedIn(
          await verifyPlatformSignIn({
            email: text(input.email),
            password: text(input.password),
            code: text(input.code) || undefined,
            ip: clientAddress(request.headers, env.TRUST_PROXY),
          }),
        );
      },
    }),
    Credentials({
      id: "tenant",
      name: "Business team",
      // The sign-in page passes the subdomain of its own path (an encrypted server-action
      // closure); nobody picks a business in a form.
      credentials: { ...credentials, subdomain: { type: "hidden" } },
      async authorize(input, request) {
        return signedIn(
          await verifyTenantSignIn({
            subdomain: text(input.subdomain),
            email: text(input.email),
            password: text(input.password),
            ip: clientAddress(request.headers, env.TRUST_PROXY),
          }),
        );
      },
    }),
  ],
  callbacks: {
    jwt({ token, user, trigger, session }) {
      // `user` is present only right after authorize(): the claims are fixed for the session.
      if (user?.claims) return { sub: user.claims.userId, claims: user.claims };
      // "Login as tenant" and back: granted from the database, never from the request alone.
      if (trigger === "update") return switchedToken(token, session);
      return withoutExpiredImpersonation(token);
    },
    session({ session, token }) {
      return { ...session, claims: token.claims };
    },
  },
});
