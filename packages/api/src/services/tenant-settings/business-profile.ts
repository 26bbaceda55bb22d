import type { ScopedDb } from "@aizalo/db";
import { NotFoundError } from "../../errors";
import type { BusinessProfileInput } from "./setting-schemas";
import { logoUrlField } from "./setting-schemas";
import { readCategory, writeCategory } from "./settings-store";

/** The tenants columns a business may change itself (0007's account guard allows these). */
const PROFILE_COLUMNS = {
  businessName: "business_name",
  phone: "phone",
  email: "email",
  address: "address",
  city: "city",
  timezone: "timezone",
  currency: "currency",
} as const;

export async function readBusinessProfile(db: ScopedDb, tenantId: string) {
  const [tenant, brand] = await Promise.all([
    db.tenant.findFirst({
      where: { id: tenantId },
      select: {
        businessName: true,
        phone: true,
        email: true,
        address: true,
        city: true,
        timezone: true,
        currency: true,
      },
    }),
    readCategory<{ logo_url: string | null }>(
      db,
      "profile",
      { logo_url: logoUrlField },
      { logo_url: null },
    ),
  ]);
  if (!tenant) throw new NotFoundError("Business");
  return { ...tenant, logoUrl: brand.logo_url };
}

/**
 * Saves the profile: the account fields on the tenants row, the logo in tenant_settings, in
 * the caller's unit of work. Answers the changed fields' names for the audit row (never their
 * values: a phone or email is personal).
 */
export async function updateBusinessProfile(
  db: ScopedDb,
  tenantId: string,
  input: BusinessProfileInput,
): Promise<string[]> {
  const current = await readBusinessProfile(db, tenantId);
  const { logoUrl, ...account } = input;
  const changed = (Object.keys(PROFILE_COLUMNS) as (keyof typeof PROFILE_COLUMNS)[]).filter(
    (field) => current[field] !== account[field],
  );
  if (changed.length > 0) {
    await db.tenant.update({ where: { id: tenantId }, data: account, select: { id: true } });
  }
  // "" means no logo: jsonb null would need Prisma's JsonNull sentinel for nothing gained.
  const logo = await writeCategory(db, tenantId, "profile", { logo_url: logoUrl ?? "" });
  return [...changed.map((field) => PROFILE_COLUMNS[field]), ...logo];
}
