import { describe, expect, it } from "vitest";
import { industryLabel } from "./industry";
import { siteUrlFor } from "./site-url";

describe("siteUrlFor", () => {
  it("puts the subdomain in front of the sites host, keeping scheme and port", () => {
    expect(siteUrlFor("acme", "http://localhost:3001")).toBe("http://acme.localhost:3001");
    expect(siteUrlFor("acme", "https://aizalo.co.ke/")).toBe("https://acme.aizalo.co.ke");
  });
});

describe("industryLabel", () => {
  it("names known industries and keeps unknown ones readable", () => {
    expect(industryLabel("car_dealers")).toBe("Car dealer");
    expect(industryLabel("event_planners")).toBe("event planners");
  });
});
