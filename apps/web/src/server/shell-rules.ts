import type { PlatformSessionClaims, SessionClaims, TenantSessionClaims } from "@aizalo/api/auth";
import { isAvailableSubdomainName } from "@aizalo/api/subdomain";

/** The three signed-in apps a path can belong to. */
export type Shell =
  | { readonly kind: "admin" }
  | { readonly kind: "sales" }
  | { readonly kind: "workspace"; readonly subdomain: string };

/**
 * Which shell a path opens, or null for public pages (home, sign-in, reset, invite, API).
 * `/<subdomain>/login/**` is public: it is how a business's users get in.
 */
export function shellOf(pathname: string): Shell | null {
  const [first, second] = pathname.split("/").filter(Boolean);
  if (first === "admin") return { kind: "admin" };
  if (first === "sales") return { kind: "sales" };
  if (!first) return null;
  // People type addresses with capitals; the business's sign-in page lowercases them too.
  const subdomain = first.toLowerCase();
  if (!isAvailableSubdomainName(subdomain) || second === "login") return null;
  return { kind: "workspace", subdomain };
}

/** Owner and admins run the platform; sales reps and support do not. */
export function adminClaims(claims: SessionClaims): PlatformSessionClaims | null {
  return claims.userType === "platform" && (claims.role === "owner" || claims.role === "admin")
    ? claims
    : null;
}

/** Sales reps and support work here; the owner and admins may look in. */
export function salesClaims(claims: SessionClaims): PlatformSessionClaims | null {
  return claims.userType === "platform" ? claims : null;
}

/**
 * A business's own users, or the platform owner while "logged in as" that business (whose
 * claims are tenant claims for it). Other businesses' users and platform staff are refused.
 */
export function workspaceClaims(
  claims: SessionClaims,
  subdomain: string,
): TenantSessionClaims | null {
  return claims.userType === "tenant" && claims.subdomain === subdomain ? claims : null;
}

export function mayOpen(shell: Shell, claims: SessionClaims): boolean {
  if (shell.kind === "admin") return adminClaims(claims) !== null;
  if (shell.kind === "sales") return salesClaims(claims) !== null;
  return workspaceClaims(claims, shell.subdomain) !== null;
}

export type RouteDecision =
  | { readonly action: "allow" }
  | { readonly action: "sign-in"; readonly to: string }
  /** The same page at its lowercase address ("/Pwani-Breeze/..." → "/pwani-breeze/..."). */
  | { readonly action: "lowercase"; readonly to: string }
  | { readonly action: "forbidden" };

/**
 * What the proxy does with a request, from the JWT's claims alone (the layouts re-check them
 * against the database). Staff sign in at /login and come back to the page they asked for; a
 * business's users go to their business's own sign-in page.
 */
export function routeDecision(
  pathname: string,
  search: string,
  claims: SessionClaims | null | undefined,
): RouteDecision {
  const shell = shellOf(pathname);
  if (!shell) return { action: "allow" };
  if (shell.kind === "workspace" && !pathname.startsWith(`/${shell.subdomain}`)) {
    const rest = pathname.slice(shell.subdomain.length + 1);
    return { action: "lowercase", to: `/${shell.subdomain}${rest}${search}` };
  }
  if (!claims) {
    if (shell.kind === "workspace") return { action: "sign-in", to: `/${shell.subdomain}/login` };
    return { action: "sign-in", to: `/login?${new URLSearchParams({ next: pathname + search })}` };
  }
  return mayOpen(shell, claims) ? { action: "allow" } : { action: "forbidden" };
}

/**
 * Where to go after signing in when the sign-in page was reached from a protected page
 * (`/login?next=/admin/tenants`): that page, if it is a path on this site that the person may
 * open; otherwise null (their home). Refuses other origins (`//evil.example`, `/\evil`), so
 * the parameter cannot be used to bounce people off the site.
 */
export function returnPathAfterSignIn(
  next: string | undefined,
  claims: SessionClaims,
): string | null {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return null;
  const url = new URL(next, "http://aizalo.invalid");
  if (url.origin !== "http://aizalo.invalid") return null;
  const shell = shellOf(url.pathname);
  if (!shell || !mayOpen(shell, claims)) return null;
  return `${url.pathname}${url.search}`;
}
