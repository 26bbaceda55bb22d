import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { mfaEncryptionKeySchema, runsProductionServer } from "./env-rules";

const goodKey = randomBytes(32).toString("base64");
const messageOf = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe("MFA_ENCRYPTION_KEY", () => {
  it("is required by a production server, with a message that says how to make one", () => {
    const production = mfaEncryptionKeySchema(true);
    expect(messageOf(production.safeParse(undefined))).toMatch(
      /^is required in production .*openssl rand -base64 32/,
    );
    expect(production.parse(goodKey)).toBe(goodKey);
  });

  it("must be 32 bytes of base64 wherever it is set", () => {
    for (const schema of [mfaEncryptionKeySchema(true), mfaEncryptionKeySchema(false)]) {
      for (const bad of [randomBytes(16).toString("base64"), "not base64 at all!", "c2hvcnQ="]) {
        expect(messageOf(schema.safeParse(bad))).toMatch(/^must be 32 random bytes, base64/);
      }
    }
  });

  it("may be left out in development, tests and during next build", () => {
    expect(mfaEncryptionKeySchema(false).parse(undefined)).toBeUndefined();
    expect(runsProductionServer({ NODE_ENV: "production" })).toBe(true);
    expect(
      runsProductionServer({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }),
    ).toBe(false);
    expect(runsProductionServer({ NODE_ENV: "development" })).toBe(false);
    expect(runsProductionServer({ NODE_ENV: "test" })).toBe(false);
  });
});
