import type { ScopedDb } from "@aizalo/db";
import { NotFoundError, ValidationError } from "../../errors";
import type { CustomerFields } from "./customer-fields";
import { customerSummary, customerSummarySelect, fullName } from "./customer-view";

/**
 * A phone already used by another of the business's customers. The form shows the message
 * under the phone field and links to that customer: `existingCustomerId` travels with the field
 * errors (the one channel the error formatter passes to forms), never another tenant's id.
 */
export class DuplicatePhoneError extends ValidationError {
  constructor(
    readonly existingCustomerId: string,
    existingName: string,
  ) {
    super(`${existingName} already has this phone number.`, {
      phone: [`${existingName} already has this phone number.`],
      existingCustomerId: [existingCustomerId],
    });
  }
}

async function refuseDuplicatePhone(db: ScopedDb, phone: string, exceptId?: string) {
  const existing = await db.customer.findFirst({
    where: { phone, ...(exceptId && { id: { not: exceptId } }) },
    select: { id: true, firstName: true, lastName: true },
  });
  if (existing)
    throw new DuplicatePhoneError(existing.id, fullName(existing.firstName, existing.lastName));
}

export async function createCustomer(db: ScopedDb, fields: CustomerFields) {
  await refuseDuplicatePhone(db, fields.phone);
  const row = await db.customer.create({
    data: { ...fields, lastName: fields.lastName ?? null },
    select: customerSummarySelect,
  });
  return customerSummary(row);
}

export async function updateCustomer(db: ScopedDb, id: string, changes: Partial<CustomerFields>) {
  const current = await db.customer.findFirst({ where: { id }, select: { id: true } });
  if (!current) throw new NotFoundError("Customer");
  if (changes.phone) await refuseDuplicatePhone(db, changes.phone, id);
  const row = await db.customer.update({
    where: { id },
    data: changes,
    select: customerSummarySelect,
  });
  return customerSummary(row);
}
