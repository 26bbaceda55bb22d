import { describe, expect, it } from "vitest";
import { routeSiteRequest } from "./routing";

const config = { rootDomain: "localhost", webOrigin: "http://localhost:3000" };

describe("routeSiteRequest", () => {
  it("rewrites a business's pages to the internal site route", () => {
    expect(routeSiteRequest("acme.localhost:3001", "/", config)).toEqual({
      type: "rewrite",
      pathname: "/site/acme",
    });
    expect(routeSiteRequest("acme.localhost:3001", "/about", config)).toEqual({
      type: "rewrite",
      pathname: "/site/acme/about",
    });
  });

  it("keeps a typed internal path inside the visitor's own site", () => {
    expect(routeSiteRequest("acme.localhost:3001", "/site/other", config)).toEqual({
      type: "rewrite",
      pathname: "/site/acme/site/other",
    });
  });

  it("sends /dashboard to the business's dashboard on the web app", () => {
    for (const path of ["/dashboard", "/dashboard/"]) {
      expect(routeSiteRequest("acme.localhost:3001", path, config)).toEqual({
        type: "redirect",
        url: "http://localhost:3000/acme/dashboard",
      });
    }
    expect(
      routeSiteRequest("acme.aizalo.co.ke", "/dashboard", {
        rootDomain: "aizalo.co.ke",
        webOrigin: "https://app.aizalo.co.ke/",
      }),
    ).toEqual({ type: "redirect", url: "https://app.aizalo.co.ke/acme/dashboard" });
  });

  it("sends Aizalo's own hosts to the web app", () => {
    expect(routeSiteRequest("localhost:3001", "/", config)).toEqual({
      type: "redirect",
      url: "http://localhost:3000/",
    });
  });

  it("answers not found for reserved names, unknown hosts and unclaimed custom domains", () => {
    expect(routeSiteRequest("admin.localhost:3001", "/", config)).toEqual({ type: "not-found" });
    expect(routeSiteRequest("127.0.0.1:3001", "/", config)).toEqual({ type: "not-found" });
    expect(routeSiteRequest("shop.example.com", "/", config)).toEqual({ type: "not-found" });
  });
});
