import { describe, expect, it } from "vitest";
import { industryLabel } from "./industry";
import { initialsOf } from "./initials";
import { siteUrlFor } from "./site-url";

describe("siteUrlFor", () => {
  it("puts the subdomain in front of the sites host, keeping scheme and port", () => {
    expect(siteUrlFor("acme", "http://localhost:3001")).toBe("http://acme.localhost:3001");
    expect(siteUrlFor("acme", "https://aizalo.co.ke/")).toBe("https://acme.aizalo.co.ke");
  });
});

describe("initialsOf", () => {
  it("takes the first letter of the first two words", () => {
    expect(initialsOf("Baraka Hardware & Sons")).toBe("BH");
    expect(initialsOf("  naivasha   lakeside lodge")).toBe("NL");
    expect(initialsOf("(Tumaini) Clinic")).toBe("TC");
  });
});

describe("industryLabel", () => {
  it("names known industries and keeps unknown ones readable", () => {
    expect(industryLabel("car_dealers")).toBe("Car dealer");
    expect(industryLabel("event_planners")).toBe("event planners");
  });
});
