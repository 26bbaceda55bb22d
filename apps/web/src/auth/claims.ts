import type { Route } from "next";
import type { SessionClaims } from "@aizalo/api/auth";

// What Auth.js carries between authorize(), the JWT and the session: the SessionClaims and
// nothing else (no name, email or picture in the cookie).
declare module "next-auth" {
  interface User {
    claims?: SessionClaims;
  }
  interface Session {
    claims?: SessionClaims;
  }
}

// Under pnpm, JWT additions must target @auth/core/jwt (next-auth/jwt does nothing there).
declare module "@auth/core/jwt" {
  interface JWT {
    claims?: SessionClaims;
  }
}

/** Where a signed-in person starts: platform owner/admin, sales/support, or their business. */
export function homeFor(claims: SessionClaims): Route {
  // Typed routes cannot know these pages until they exist; the paths are DESIGN.md's.
  if (claims.userType === "tenant") return `/${claims.subdomain}/dashboard` as Route;
  return (claims.role === "owner" || claims.role === "admin" ? "/admin" : "/sales") as Route;
}

/** The sign-in page a person with these claims uses. */
export function loginPathFor(claims: SessionClaims | null | undefined): Route {
  return claims?.userType === "tenant" ? (`/${claims.subdomain}/login` as Route) : "/login";
}
