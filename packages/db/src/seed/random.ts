import { createHash } from "node:crypto";

/** A seeded source of choices: the only randomness the seed may use. */
export interface Random {
  /** In [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A string of `length` characters drawn from `alphabet`. */
  characters(alphabet: string, length: number): string;
}

/**
 * One independent stream per label (`randomFor("customers", "hotels")`), so adding a customer to
 * one business does not reshuffle every other business's data.
 */
export function randomFor(...label: readonly (string | number)[]): Random {
  const digest = createHash("sha1").update(label.join(":"), "utf8").digest();
  return mulberry32(digest.readUInt32LE(0));
}

// mulberry32: a tiny 32-bit generator, plenty for demo data (not for anything secret).
function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error("pick() from an empty list");
    return item;
  };
  return {
    next,
    int,
    pick,
    chance: (probability) => next() < probability,
    weighted(entries) {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of entries) {
        roll -= weight;
        if (roll < 0) return item;
      }
      const last = entries.at(-1);
      if (!last) throw new Error("weighted() from an empty list");
      return last[0];
    },
    sample(items, count) {
      const pool = [...items];
      const chosen = [];
      while (chosen.length < count && pool.length > 0) {
        chosen.push(...pool.splice(int(0, pool.length - 1), 1));
      }
      return chosen;
    },
    characters(alphabet, length) {
      let text = "";
      for (let i = 0; i < length; i++) text += alphabet.charAt(int(0, alphabet.length - 1));
      return text;
    },
  };
}

/** Who on a business's team handles something: mostly staff, sometimes admin, rarely the owner. */
export function pickTeamMember(random: Random): "staff" | "admin" | "owner" {
  return random.weighted([
    ["staff", 5],
    ["admin", 3],
    ["owner", 1],
  ] as const);
}
