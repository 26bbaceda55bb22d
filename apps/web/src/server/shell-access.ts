import "server-only";
import type { Route } from "next";
import { forbidden } from "next/navigation";
import { cache } from "react";
import type { PlatformSessionClaims, TenantSessionClaims } from "@aizalo/api/auth";
import { requirePageSession } from "./session-pages";
import { adminClaims, salesClaims, workspaceClaims } from "./shell-rules";

// The layouts' checks, against the database this time (the proxy only read the JWT). Pages call
// them too: Next renders a page alongside its layout, so a page must not rely on the layout to
// stop it. Cached per request, so both share one re-check.

export const requireAdminSession = cache(async (): Promise<PlatformSessionClaims> => {
  return adminClaims(await requirePageSession("/login")) ?? forbidden();
});

export const requireSalesSession = cache(async (): Promise<PlatformSessionClaims> => {
  return salesClaims(await requirePageSession("/login")) ?? forbidden();
});

export const requireWorkspaceSession = cache(
  async (subdomain: string): Promise<TenantSessionClaims> => {
    const claims = await requirePageSession(`/${subdomain.toLowerCase()}/login` as Route);
    return workspaceClaims(claims, subdomain) ?? forbidden();
  },
);
