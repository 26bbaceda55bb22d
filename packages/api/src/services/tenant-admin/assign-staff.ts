import type { ScopedDb } from "@aizalo/db";
import { ValidationError } from "../../errors";
import { lockTenant } from "./lock-tenant";
import type { AssignStaffInput } from "./tenant-admin.types";

/**
 * Who sells to and who supports a tenant. Only active staff with the matching role qualify; the
 * rep's commissions on later payments follow this assignment (DESIGN.md metrics).
 */
export async function assignStaff(db: ScopedDb, input: AssignStaffInput) {
  const tenant = await lockTenant(db, input.tenantId);
  const current = await db.tenant.findFirst({
    where: { id: tenant.id },
    select: { assignedSalesRepId: true, assignedSupportId: true },
  });

  const wanted = [input.salesRepId, input.supportId].filter((id): id is string => id !== null);
  const people = await db.platformUser.findMany({
    where: { id: { in: wanted }, isActive: true },
    select: { id: true, role: true },
  });
  const roleOf = new Map(people.map((person) => [person.id, person.role]));
  const fieldErrors: Record<string, string[]> = {};
  if (input.salesRepId && roleOf.get(input.salesRepId) !== "sales") {
    fieldErrors.salesRepId = ["Choose an active sales rep."];
  }
  if (input.supportId && roleOf.get(input.supportId) !== "support") {
    fieldErrors.supportId = ["Choose an active support person."];
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new ValidationError("Choose active staff with the right role", fieldErrors);
  }

  const changes = {
    ...(current?.assignedSalesRepId !== input.salesRepId
      ? { assignedSalesRepId: input.salesRepId }
      : {}),
    ...(current?.assignedSupportId !== input.supportId
      ? { assignedSupportId: input.supportId }
      : {}),
  };
  if (Object.keys(changes).length > 0) {
    await db.tenant.update({ where: { id: tenant.id }, data: changes, select: { id: true } });
  }
  return {
    changedFields: Object.keys(changes).map((key) =>
      key === "assignedSalesRepId" ? "assigned_sales_rep_id" : "assigned_support_id",
    ),
  };
}
