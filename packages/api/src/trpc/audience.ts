import type { AnyProcedure } from "@trpc/server";

/** Who a procedure serves; every procedure of the app router belongs to exactly one. */
export type Audience = "public" | "platform" | "sales" | "tenant";

const guardAudiences = new Map<unknown, Audience>();

/**
 * Marks a builder's guard middleware. procedures.ts marks each audience guard; a test walks the
 * app router and fails for any procedure without one (an unguarded procedure cannot ship).
 */
export function markAudience<T extends { _middlewares: readonly unknown[] }>(
  audience: Audience,
  guard: T,
): T {
  for (const fn of guard._middlewares) guardAudiences.set(fn, audience);
  return guard;
}

/** The audiences whose guards a built procedure runs (one, for a well-built procedure). */
export function audiencesOf(procedure: AnyProcedure): Audience[] {
  const { middlewares } = procedure._def as { middlewares?: readonly unknown[] };
  return (middlewares ?? []).flatMap((fn) => guardAudiences.get(fn) ?? []);
}
