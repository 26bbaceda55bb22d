import type { Prisma } from "../generated/prisma/client";
import { addDays, addMinutes } from "./clock";
import type { CustomerSeed } from "./crm";
import { seedId } from "./ids";
import { randomFor } from "./random";
import type { TenantContext } from "./tenant-context";

// Marketing consent for the demo customers, so campaigns have someone to reach: most agreed to
// WhatsApp when they first came, fewer to SMS, those with an email often to email; a few later
// opted out themselves (a STOP reply or asking at the counter).

const SOURCES = ["in_person", "whatsapp_message", "website_form"] as const;

export function customerConsents(
  context: TenantContext,
  customerSeeds: readonly CustomerSeed[],
): Prisma.CustomerConsentCreateManyInput[] {
  const rows: Prisma.CustomerConsentCreateManyInput[] = [];
  customerSeeds.forEach((customer, index) => {
    const random = randomFor("consent", context.business.industry, index);
    const channels = [
      ["whatsapp", 0.75],
      ["sms", 0.35],
      ["email", customer.email ? 0.6 : 0],
    ] as const;
    for (const [channel, likelihood] of channels) {
      if (!random.chance(likelihood)) continue;
      const grantedAt = addMinutes(customer.row.createdAt, 5);
      rows.push({
        id: seedId("consent", context.business.industry, index, channel, "granted"),
        tenantId: context.tenantId,
        customerId: customer.id,
        channel,
        granted: true,
        source: channel === "email" ? "website_form" : random.pick(SOURCES),
        recordedAt: grantedAt,
      });
      const optOutAt = addDays(grantedAt, random.int(3, 60));
      if (random.chance(0.08) && optOutAt < context.clock.now) {
        rows.push({
          id: seedId("consent", context.business.industry, index, channel, "withdrawn"),
          tenantId: context.tenantId,
          customerId: customer.id,
          channel,
          granted: false,
          source: channel === "sms" ? "sms_reply" : "customer_request",
          byCustomer: true,
          recordedAt: optOutAt,
        });
      }
    }
  });
  return rows;
}
