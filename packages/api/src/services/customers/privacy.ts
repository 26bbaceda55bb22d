import type { ScopedDb } from "@aizalo/db";
import { NotFoundError } from "../../errors";

/**
 * What an erased customer's phone becomes. +999 is a country code the ITU never assigns, so it
 * can reach nobody; the row is soft-deleted as well, so the unique phone key (partial on
 * deleted_at IS NULL) never sees it and the number can return as a new customer.
 */
export const ERASED_PHONE = "+99900000000";

/** One customer's data as JSON, for a data-subject access request. */
export async function exportCustomerData(db: ScopedDb, id: string) {
  const customer = await db.customer.findFirst({
    where: { id },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      phone: true,
      phoneVerified: true,
      email: true,
      emailVerified: true,
      languagePreference: true,
      location: true,
      tags: true,
      lifetimeValue: true,
      acquisitionChannel: true,
      createdAt: true,
      updatedAt: true,
      lastActiveAt: true,
    },
  });
  if (!customer) throw new NotFoundError("Customer");
  const [consents, conversations, leads, reviews] = await Promise.all([
    db.customerConsent.findMany({
      where: { customerId: id },
      orderBy: { recordedAt: "asc" },
      select: { channel: true, granted: true, source: true, byCustomer: true, recordedAt: true },
    }),
    db.conversation.findMany({
      where: { customerId: id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        channel: true,
        status: true,
        createdAt: true,
        resolvedAt: true,
        // Internal notes are the team's, not the customer's data.
        messages: {
          where: { isInternalNote: false },
          orderBy: { createdAt: "asc" },
          select: { direction: true, channel: true, content: true, createdAt: true, status: true },
        },
      },
    }),
    db.lead.findMany({
      where: { customerId: id },
      orderBy: { createdAt: "asc" },
      select: { stage: true, value: true, createdAt: true, convertedAt: true },
    }),
    db.review.findMany({
      where: { customerId: id },
      select: { rating: true, body: true, createdAt: true },
    }),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    customer: { ...customer, lifetimeValue: customer.lifetimeValue.toFixed(2) },
    consents,
    conversations,
    leads: leads.map((lead) => ({ ...lead, value: lead.value?.toFixed(2) ?? null })),
    reviews,
  };
}

/**
 * Erases a customer on their request: names, contacts, location, tags and every message's
 * text are removed; the row, its conversations, leads and amounts stay so totals still add up.
 * The database allows it to the owner and admins only (0013's trigger), whatever the caller.
 */
export async function eraseCustomer(db: ScopedDb, id: string) {
  const customer = await db.customer.findFirst({ where: { id }, select: { id: true } });
  if (!customer) throw new NotFoundError("Customer");
  const now = new Date();
  await db.customer.update({
    where: { id },
    data: {
      firstName: "Erased customer",
      lastName: null,
      phone: ERASED_PHONE,
      phoneVerified: false,
      email: null,
      emailVerified: false,
      location: null,
      tags: [],
      metadata: {},
      erasedAt: now,
      deletedAt: now,
    },
  });
  // Every message of every conversation with them, archived ones included.
  const messages = await db.message.updateMany({
    where: { conversation: { customerId: id } },
    data: { content: "", mediaUrls: [], failureReason: null },
  });
  await db.lead.updateMany({
    where: { customerId: id },
    data: { contactName: null, phone: null, email: null, notes: null },
  });
  await db.review.updateMany({
    where: { customerId: id },
    data: { authorName: "Former customer", body: null },
  });
  return { erasedAt: now, messagesCleared: messages.count };
}
