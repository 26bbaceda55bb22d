import type { ScopedDb } from "@aizalo/db";
import { NotFoundError } from "../../errors";

/** A timestamped note on a tenant by the staff member writing it (sales_client_notes). */
export async function addTenantNote(
  db: ScopedDb,
  authorId: string,
  input: { tenantId: string; body: string },
) {
  const tenant = await db.tenant.findFirst({ where: { id: input.tenantId }, select: { id: true } });
  if (!tenant) throw new NotFoundError("Tenant");
  return db.salesClientNote.create({
    data: { tenantId: tenant.id, authorId, body: input.body },
    select: { id: true, createdAt: true },
  });
}
