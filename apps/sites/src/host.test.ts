import { describe, expect, it } from "vitest";
import { siteForHost } from "./host";

describe("siteForHost, locally (root domain localhost)", () => {
  const local = (host: string | null) => siteForHost(host, "localhost");

  it("finds a business's subdomain, with or without the port", () => {
    expect(local("acme.localhost:3001")).toEqual({ kind: "tenant", subdomain: "acme" });
    expect(local("mama-mboga.localhost")).toEqual({ kind: "tenant", subdomain: "mama-mboga" });
  });

  it("treats the bare host as Aizalo's own", () => {
    expect(local("localhost:3001")).toEqual({ kind: "platform" });
  });

  it("serves nothing for IP addresses or a missing host", () => {
    expect(local("127.0.0.1:3001")).toEqual({ kind: "none" });
    expect(local("[::1]:3001")).toEqual({ kind: "none" });
    expect(local(null)).toEqual({ kind: "none" });
    expect(local("")).toEqual({ kind: "none" });
  });
});

describe("siteForHost in production (root domain aizalo.co.ke)", () => {
  const prod = (host: string) => siteForHost(host, "aizalo.co.ke");

  it("finds a business's subdomain", () => {
    expect(prod("acme.aizalo.co.ke")).toEqual({ kind: "tenant", subdomain: "acme" });
  });

  it("ignores case, a port and a trailing dot", () => {
    expect(prod("ACME.Aizalo.CO.KE")).toEqual({ kind: "tenant", subdomain: "acme" });
    expect(prod("acme.aizalo.co.ke:443")).toEqual({ kind: "tenant", subdomain: "acme" });
    expect(prod("acme.aizalo.co.ke.")).toEqual({ kind: "tenant", subdomain: "acme" });
  });

  it("sends the root, www and app hosts to Aizalo itself", () => {
    expect(prod("aizalo.co.ke")).toEqual({ kind: "platform" });
    expect(prod("www.aizalo.co.ke")).toEqual({ kind: "platform" });
    expect(prod("app.aizalo.co.ke")).toEqual({ kind: "platform" });
  });

  it("never serves a site on a reserved name", () => {
    for (const name of ["admin", "api", "login", "mail", "cdn", "status"]) {
      expect(prod(`${name}.aizalo.co.ke`)).toEqual({ kind: "none" });
    }
  });

  it("serves nothing on nested or malformed subdomains", () => {
    expect(prod("www.acme.aizalo.co.ke")).toEqual({ kind: "none" });
    expect(prod("ab.aizalo.co.ke")).toEqual({ kind: "none" });
    expect(prod("-acme.aizalo.co.ke")).toEqual({ kind: "none" });
    expect(prod("acme_shop.aizalo.co.ke")).toEqual({ kind: "none" });
  });

  it("recognises a business's own domain", () => {
    expect(prod("www.barakahardware.co.ke")).toEqual({
      kind: "custom-domain",
      hostname: "www.barakahardware.co.ke",
    });
    expect(prod("Shop.Example.com:8080")).toEqual({
      kind: "custom-domain",
      hostname: "shop.example.com",
    });
  });

  it("does not mistake a look-alike of the root domain for a subdomain", () => {
    expect(prod("acme.notaizalo.co.ke")).toEqual({
      kind: "custom-domain",
      hostname: "acme.notaizalo.co.ke",
    });
  });

  it("serves nothing for a name that is not a domain", () => {
    expect(prod("localhost")).toEqual({ kind: "none" });
    expect(prod("acme.localhost")).toEqual({ kind: "none" });
  });
});
