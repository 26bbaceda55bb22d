import { Prisma } from "../generated/prisma/client";

/**
 * Which models carry a tenant id or a soft-delete column, read once from the generated client's
 * field enums so a new model is covered the moment it is added to schema.prisma.
 */
function scalarFieldsOf(model: Prisma.ModelName): ReadonlySet<string> {
  const enumName = `${model}ScalarFieldEnum`;
  const fields: unknown = Reflect.get(Prisma, enumName);
  if (typeof fields !== "object" || fields === null) {
    throw new Error(
      `Prisma client has no ${enumName}: regenerate it (pnpm --filter @aizalo/db generate)`,
    );
  }
  return new Set(
    Object.values(fields).filter((value): value is string => typeof value === "string"),
  );
}

const models = Object.values(Prisma.ModelName);

/**
 * Models whose tenant id does not mean "this row belongs to that tenant": a global feature flag
 * has none, and a sales lead or onboarding session records the tenant it *became*. RLS keeps
 * tenant users away from the latter two; the filter must not hide global flags from them.
 */
const NOT_TENANT_OWNED: ReadonlySet<string> = new Set([
  Prisma.ModelName.FeatureFlag,
  Prisma.ModelName.SalesLead,
  Prisma.ModelName.OnboardingSession,
]);

/** The field that names the owning tenant: `tenantId`, or `id` on the tenants table itself. */
export const tenantKeyOf: ReadonlyMap<string, "id" | "tenantId"> = new Map(
  models.flatMap((model): [string, "id" | "tenantId"][] => {
    if (model === Prisma.ModelName.Tenant) return [[model, "id"]];
    return scalarFieldsOf(model).has("tenantId") && !NOT_TENANT_OWNED.has(model)
      ? [[model, "tenantId"]]
      : [];
  }),
);

export const softDeletedModels: ReadonlySet<string> = new Set(
  models.filter((model) => scalarFieldsOf(model).has("deletedAt")),
);
