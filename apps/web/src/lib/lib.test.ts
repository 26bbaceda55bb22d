import { describe, expect, it } from "vitest";
import { industryLabel } from "./industry";
import { siteUrlFor } from "./site-url";
import { fromNairobiInput, nairobiInputValue } from "./nairobi-time";

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

describe("Nairobi time in datetime-local fields", () => {
  it("shows an instant as Nairobi's wall clock and reads it back", () => {
    const at = new Date("2026-11-26T11:30:00Z");
    expect(nairobiInputValue(at)).toBe("2026-11-26T14:30");
    expect(fromNairobiInput("2026-11-26T14:30")?.toISOString()).toBe(at.toISOString());
    expect(fromNairobiInput("")).toBeNull();
    expect(fromNairobiInput("not a time")).toBeNull();
  });
});
