import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { RESERVED_SUBDOMAINS } from "@aizalo/api/subdomain";

/**
 * The web app serves `/<subdomain>/...` beside its own top-level routes. A business whose
 * subdomain equals one of those routes would lose its pages to the app's, so every such route
 * must be a reserved subdomain.
 */
function topLevelRouteSegments(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const name = entry.name;
      // `(marketing)/pricing` still serves `/pricing`; `(.)photo` intercepts, it adds no URL.
      if (/^\([^.][^)]*\)$/.test(name)) return topLevelRouteSegments(join(dir, name));
      const notAUrlSegment = /^[[(_@]/.test(name); // dynamic, intercepting, private, slot
      return notAUrlSegment ? [] : [name];
    });
}

const appDir = fileURLToPath(new URL("./app", import.meta.url));

describe("reserved subdomains", () => {
  it("include every top-level route of the web app", () => {
    const unreserved = topLevelRouteSegments(appDir).filter(
      (name) => !RESERVED_SUBDOMAINS.has(name),
    );
    expect(unreserved, "add these to RESERVED_SUBDOMAINS in packages/api/src/subdomain.ts").toEqual(
      [],
    );
  });
});

describe("topLevelRouteSegments", () => {
  const fixture = mkdtempSync(join(tmpdir(), "aizalo-routes-"));
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it("finds plain folders and those inside route groups, and nothing else", () => {
    for (const folder of [
      "admin",
      "(marketing)/pricing",
      "(marketing)/(legal)/terms",
      "[subdomain]/dashboard",
      "_components",
      "@modal",
      "(.)preview",
    ]) {
      mkdirSync(join(fixture, folder), { recursive: true });
    }
    expect(topLevelRouteSegments(fixture).sort()).toEqual(["admin", "pricing", "terms"]);
  });
});
