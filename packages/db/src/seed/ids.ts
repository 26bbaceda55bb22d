import { createHash } from "node:crypto";

// A fixed namespace for every seeded id. Changing it would give every demo row a new id, so a
// re-seed of an existing database would insert a second copy of everything: leave it alone.
const SEED_NAMESPACE = Buffer.from("6a1f3c2e9b7d4e58a0c1d2e3f4a5b6c7", "hex");

/**
 * A stable id for a seeded row: a UUID v5 (RFC 9562) of its kind and position, e.g.
 * `seedId("customer", "hotels", 7)`. Same name, same id, on every run and every machine — which
 * is what makes `createMany({ skipDuplicates: true })` a no-op the second time.
 */
export function seedId(...parts: readonly (string | number)[]): string {
  const bytes = createHash("sha1")
    .update(SEED_NAMESPACE)
    .update(parts.join(":"), "utf8")
    .digest()
    .subarray(0, 16);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x50, 6); // version 5
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8); // RFC 4122 variant
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
