import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import type { SessionClaims, TenantSessionClaims } from "../../auth/session";
import { appRouter } from "../../root";
import type { ApiWorld, PersonName } from "../../testing/api-world";
import { createCallerFactory } from "../../trpc/init";

/** The API as `person` (tenant A's people, the platform's), on this world's database. */
export function callerFor(world: ApiWorld, person: PersonName | SessionClaims) {
  const session = typeof person === "string" ? world.sessions[person] : person;
  return createCallerFactory(appRouter)({ ...world.contextFor("anonymous"), session });
}

/** Tenant B's owner: the person who must never reach tenant A's rows. */
export async function tenantBOwner(world: ApiWorld): Promise<TenantSessionClaims> {
  const { rows } = await world.owner.query<{ id: string }>(
    "SELECT id FROM tenant_users WHERE tenant_id = $1 AND role = 'owner' ORDER BY created_at LIMIT 1",
    [world.tenantB.id],
  );
  return {
    userType: "tenant",
    userId: String(rows[0]?.id),
    role: "owner",
    tenantId: world.tenantB.id,
    subdomain: world.tenantB.subdomain,
    sessionVersion: 1,
  };
}

export async function refusedWith(promise: Promise<unknown>, code: TRPCError["code"]) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  return error as TRPCError;
}

/** A unique Kenyan mobile for data a test creates. */
let next = 0;
export function freshMobile(): string {
  next += 1;
  // 0115 is Safaricom's; the seed's mobiles all start 07, so these never collide.
  return `0115 ${String(900_000 + next).padStart(6, "0")}`;
}
