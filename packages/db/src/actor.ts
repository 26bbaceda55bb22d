import { z } from "zod";

/**
 * Who a unit of work runs as (DESIGN.md "Actors and roles"). Every unit of work has exactly one
 * actor; it becomes the transaction-local `app.*` settings that the RLS policies read.
 */
export type PlatformRole = "owner" | "admin" | "sales" | "support";
export type TenantRole = "owner" | "admin" | "staff" | "viewer";

export type Actor =
  | { readonly type: "platform"; readonly userId: string; readonly role: PlatformRole }
  | {
      readonly type: "tenant";
      readonly tenantId: string;
      readonly userId: string;
      readonly role: TenantRole;
      /** A platform owner "logged in as tenant": userId is then the owner's platform id too. */
      readonly impersonatorId?: string | undefined;
    }
  | { readonly type: "public"; readonly tenantId: string }
  | {
      readonly type: "system";
      /** The named service: "sign-in", "provisioning", "job:expire-invites", "seed", ... */
      readonly purpose: string;
      /** The person the service acts for, when there is one (e.g. the rep who onboards). */
      readonly actingUserId?: string | undefined;
      /** Narrows a service to one tenant: the tenant filter then applies as for its users. */
      readonly tenantId?: string | undefined;
    };

const uuid = z.uuid();

const actorSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("platform"),
    userId: uuid,
    role: z.enum(["owner", "admin", "sales", "support"]),
  }),
  z.object({
    type: z.literal("tenant"),
    tenantId: uuid,
    userId: uuid,
    role: z.enum(["owner", "admin", "staff", "viewer"]),
    impersonatorId: uuid.optional(),
  }),
  z.object({ type: z.literal("public"), tenantId: uuid }),
  z.object({
    type: z.literal("system"),
    purpose: z.string().regex(/^[a-z][a-z0-9:._-]{1,63}$/),
    actingUserId: uuid.optional(),
    tenantId: uuid.optional(),
  }),
]);

/** The six `app.*` settings of one actor, '' where the actor has none. */
export interface ActorSettings {
  tenantId: string;
  userId: string;
  userType: Actor["type"];
  role: string;
  impersonatorId: string;
  purpose: string;
}

export class InvalidActorError extends Error {
  override readonly name = "InvalidActorError";
}

export function settingsFor(actor: Actor): ActorSettings {
  const parsed = actorSchema.safeParse(actor);
  if (!parsed.success) {
    throw new InvalidActorError(
      `Invalid actor for a unit of work: ${parsed.error.issues[0]?.message ?? "unknown"}`,
    );
  }
  switch (actor.type) {
    case "platform":
      return {
        tenantId: "",
        userId: actor.userId,
        userType: "platform",
        role: actor.role,
        impersonatorId: "",
        purpose: "",
      };
    case "tenant":
      return {
        tenantId: actor.tenantId,
        userId: actor.userId,
        userType: "tenant",
        role: actor.role,
        impersonatorId: actor.impersonatorId ?? "",
        purpose: "",
      };
    case "public":
      return {
        tenantId: actor.tenantId,
        userId: "",
        userType: "public",
        role: "",
        impersonatorId: "",
        purpose: "",
      };
    case "system":
      return {
        tenantId: actor.tenantId ?? "",
        userId: actor.actingUserId ?? "",
        userType: "system",
        role: "",
        impersonatorId: "",
        purpose: actor.purpose,
      };
  }
}

/** The tenant every query of this actor is confined to, if any. */
export function scopedTenantId(actor: Actor): string | undefined {
  return actor.type === "platform" ? undefined : actor.tenantId;
}
