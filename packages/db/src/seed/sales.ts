import type {
  Industry,
  Prisma,
  SalesDemoStatus,
  SalesLeadStatus,
} from "../generated/prisma/client";
import { businessEmail } from "./accounts";
import { BUSINESSES, PLAN_FEES, type Business, type Territory } from "./businesses";
import { addDays, addMinutes, type SeedClock } from "./clock";
import { seedId } from "./ids";
import { customerEmail, kenyanMobile, personName, TOWNS } from "./names";
import { platformUserId, territoryId } from "./platform";
import { randomFor } from "./random";
import type { SubscriptionStory } from "./subscriptions";
import { tenantId } from "./tenants";

// The platform's own sales pipeline: leads (every status, across the three territories), demos,
// onboarding sessions and the notes reps and support keep about their clients.

interface Prospect {
  key: string;
  businessName: string;
  industry: Industry;
  city: string;
  /** null: a town no territory covers yet. */
  territory: Territory | null;
  /** false: waiting in the territory's pool for a rep to pick it up. */
  assigned: boolean;
  status: Exclude<SalesLeadStatus, "won">;
  /** Expected monthly fee, KES. */
  value: string;
  daysAgo: number;
  notes: string;
  nextAction?: string;
  lostReason?: string;
}

const PROSPECTS: readonly Prospect[] = [
  {
    key: "tumaini-pharmacy",
    businessName: "Tumaini Pharmacy",
    industry: "medical",
    city: "Machakos",
    territory: "nairobi",
    assigned: false,
    status: "new",
    value: PLAN_FEES.starter,
    daysAgo: 2,
    notes: "Filled in the website form; wants WhatsApp reminders for prescriptions.",
  },
  {
    key: "mvita-salon",
    businessName: "Mvita Salon & Barbershop",
    industry: "beauty",
    city: "Mombasa",
    territory: "mombasa",
    assigned: true,
    status: "new",
    value: PLAN_FEES.starter,
    daysAgo: 4,
    notes: "Met at the Mombasa SME fair.",
    nextAction: "Call to introduce the booking features",
  },
  {
    key: "kondele-grill",
    businessName: "Kondele Fresh Grill",
    industry: "restaurants",
    city: "Kisumu",
    territory: "kisumu",
    assigned: false,
    status: "new",
    value: PLAN_FEES.starter,
    daysAgo: 1,
    notes: "Referred by Mama Akinyi's Kitchen.",
  },
  {
    key: "lodwar-oasis",
    businessName: "Lodwar Oasis Hotel",
    industry: "hotels",
    city: "Lodwar",
    territory: null,
    assigned: false,
    status: "new",
    value: PLAN_FEES.professional,
    daysAgo: 6,
    notes: "Signed up for the newsletter; outside every territory for now.",
  },
  {
    key: "naivasha-bistro",
    businessName: "Naivasha Flamingo Bistro",
    industry: "restaurants",
    city: "Naivasha",
    territory: "nairobi",
    assigned: true,
    status: "contacted",
    value: PLAN_FEES.professional,
    daysAgo: 12,
    notes: "Owner interested in table bookings from the website.",
    nextAction: "Send pricing and a sample website",
  },
  {
    key: "bamburi-phones",
    businessName: "Bamburi Smart Phones",
    industry: "tech",
    city: "Mombasa",
    territory: "mombasa",
    assigned: true,
    status: "contacted",
    value: PLAN_FEES.starter,
    daysAgo: 18,
    notes: "Gets many repair enquiries on Instagram.",
    nextAction: "Follow up after the weekend",
  },
  {
    key: "lurambi-guest-house",
    businessName: "Lurambi Guest House",
    industry: "hotels",
    city: "Kakamega",
    territory: "kisumu",
    assigned: true,
    status: "contacted",
    value: PLAN_FEES.starter,
    daysAgo: 21,
    notes: "12 rooms, bookings by phone only today.",
  },
  {
    key: "nyeri-hill-motors",
    businessName: "Nyeri Hill Motors",
    industry: "car_dealers",
    city: "Nyeri",
    territory: "nairobi",
    assigned: false,
    status: "contacted",
    value: PLAN_FEES.professional,
    daysAgo: 25,
    notes: "Called the support line asking about the car dealer dashboard.",
  },
  {
    key: "kitengela-prime",
    businessName: "Kitengela Prime Properties",
    industry: "real_estate",
    city: "Nairobi",
    territory: "nairobi",
    assigned: true,
    status: "demo",
    value: PLAN_FEES.growth,
    daysAgo: 30,
    notes: "Manages 140 units; rent reminders are the main need.",
    nextAction: "Share the demo recording with the directors",
  },
  {
    key: "mtwapa-hardware",
    businessName: "Mtwapa Creek Hardware",
    industry: "hardware",
    city: "Mombasa",
    territory: "mombasa",
    assigned: true,
    status: "demo",
    value: PLAN_FEES.starter,
    daysAgo: 16,
    notes: "Wants contractor credit reminders by SMS.",
    nextAction: "Demo at the shop on Thursday",
  },
  {
    key: "milimani-dental",
    businessName: "Milimani Dental Centre",
    industry: "medical",
    city: "Kisumu",
    territory: "kisumu",
    assigned: true,
    status: "demo",
    value: PLAN_FEES.professional,
    daysAgo: 20,
    notes: "Missed the first demo; rescheduled.",
    nextAction: "Confirm the new demo time with the practice manager",
  },
  {
    key: "westlands-repairs",
    businessName: "Westlands Tech Repairs",
    industry: "tech",
    city: "Nairobi",
    territory: "nairobi",
    assigned: true,
    status: "negotiating",
    value: PLAN_FEES.professional,
    daysAgo: 35,
    notes: "Wants the first month free; offered a reduced setup fee instead.",
    nextAction: "Onboarding call booked",
  },
  {
    key: "nyali-apartments",
    businessName: "Nyali Beach Apartments",
    industry: "real_estate",
    city: "Mombasa",
    territory: "mombasa",
    assigned: true,
    status: "negotiating",
    value: PLAN_FEES.growth,
    daysAgo: 40,
    notes: "Holiday lets, 30 units. Onboarding started before the contract was signed.",
    nextAction: "Finish the website step of onboarding",
  },
  {
    key: "kiprop-sang",
    businessName: "Kiprop & Sang Advocates",
    industry: "law",
    city: "Eldoret",
    territory: "kisumu",
    assigned: true,
    status: "negotiating",
    value: PLAN_FEES.professional,
    daysAgo: 28,
    notes: "Partners want to see how client data is kept private.",
    nextAction: "Send the data protection summary",
  },
  {
    key: "thika-road-spares",
    businessName: "Thika Road Auto Spares",
    industry: "hardware",
    city: "Thika",
    territory: "nairobi",
    assigned: true,
    status: "lost",
    value: PLAN_FEES.starter,
    daysAgo: 90,
    notes: "Compared us with bulk SMS tools.",
    lostReason: "Chose a cheaper bulk-SMS tool",
  },
  {
    key: "malindi-sunset",
    businessName: "Malindi Sunset Villas",
    industry: "hotels",
    city: "Malindi",
    territory: "mombasa",
    assigned: true,
    status: "lost",
    value: PLAN_FEES.professional,
    daysAgo: 120,
    notes: "Gets most guests from booking sites.",
    lostReason: "Owner wants only booking-site listings for now",
  },
  {
    key: "kisii-beauty",
    businessName: "Kisii Town Beauty Parlour",
    industry: "beauty",
    city: "Kisii",
    territory: "kisumu",
    assigned: true,
    status: "lost",
    value: PLAN_FEES.starter,
    daysAgo: 75,
    notes: "Liked the product; cash flow is tight.",
    lostReason: "Not ready to pay monthly; revisit in three months",
  },
];

export const salesLeadId = (key: string) => seedId("sales-lead", key);
const wonLeadKey = (business: Business) => `won-${business.industry}`;

export interface SalesRows {
  leads: Prisma.SalesLeadCreateManyInput[];
  demos: Prisma.SalesDemoCreateManyInput[];
  onboardingSessions: Prisma.OnboardingSessionCreateManyInput[];
  clientNotes: Prisma.SalesClientNoteCreateManyInput[];
}

export function salesPipeline(
  clock: SeedClock,
  stories: ReadonlyMap<Business, SubscriptionStory>,
): SalesRows {
  const rows: SalesRows = { leads: [], demos: [], onboardingSessions: [], clientNotes: [] };

  for (const prospect of PROSPECTS) {
    const random = randomFor("sales-lead", prospect.key);
    const contact = personName(
      random,
      prospect.territory === "mombasa"
        ? "coast"
        : prospect.territory === "kisumu"
          ? "nyanza"
          : "nairobi",
    );
    const rep =
      prospect.assigned && prospect.territory ? platformUserId.sales(prospect.territory) : null;
    const createdAt = clock.daysAgo(prospect.daysAgo, random.int(8, 17), random.int(0, 59));
    const open = prospect.status !== "lost";
    rows.leads.push({
      id: salesLeadId(prospect.key),
      businessName: prospect.businessName,
      contactName: `${contact.firstName} ${contact.lastName}`,
      phone: kenyanMobile(random),
      email: random.chance(0.6) ? customerEmail(contact, random) : null,
      industry: prospect.industry,
      city: prospect.city,
      territoryId: prospect.territory ? territoryId(prospect.territory) : null,
      assignedTo: rep,
      status: prospect.status,
      value: prospect.value,
      notes: prospect.notes,
      nextAction: prospect.nextAction ?? null,
      followUpAt: open && rep ? clock.daysAhead(random.int(1, 7), random.int(9, 16)) : null,
      lastContactAt:
        prospect.status === "new"
          ? null
          : addDays(createdAt, Math.max(1, Math.floor(prospect.daysAgo / 3))),
      lostReason: prospect.lostReason ?? null,
      createdAt,
    });
  }

  for (const business of BUSINESSES) {
    const story = stories.get(business);
    if (!story) throw new Error(`No subscription story for ${business.name}`);
    const random = randomFor("won-lead", business.industry);
    const rep = platformUserId.sales(business.salesRep);
    const leadId = salesLeadId(wonLeadKey(business));
    const firstContact = addDays(story.createdAt, -random.int(10, 40));
    rows.leads.push({
      id: leadId,
      businessName: business.name,
      contactName: business.team.owner,
      phone: business.phone,
      email: businessEmail(business.subdomain),
      industry: business.industry,
      city: TOWNS[business.town].name,
      territoryId: territoryId(business.salesRep),
      assignedTo: rep,
      status: "won",
      value: PLAN_FEES[business.lifecycle.plan],
      notes: `Signed up on the ${business.lifecycle.plan} plan.`,
      lastContactAt: story.createdAt,
      tenantId: tenantId(business),
      createdAt: firstContact,
    });
    // Most clients saw a demo before signing up.
    if (random.chance(0.7)) {
      rows.demos.push({
        id: seedId("sales-demo", wonLeadKey(business)),
        leadId,
        salesRepId: rep,
        scheduledAt: addDays(story.createdAt, -random.int(2, 8)),
        location: `${business.address}, ${TOWNS[business.town].name}`,
        status: "held",
        notes: "Showed the inbox, campaigns and a sample website.",
        createdAt: firstContact,
      });
    }
    rows.onboardingSessions.push({
      id: seedId("onboarding-session", business.industry),
      salesRepId: rep,
      leadId,
      tenantId: tenantId(business),
      status: "completed",
      currentStep: "done",
      data: {
        business_name: business.name,
        subdomain: business.subdomain,
        industry: business.industry,
        plan: business.lifecycle.plan,
        website_template: business.template,
      },
      scheduledAt: addDays(story.createdAt, -1),
      completedAt: story.createdAt,
      createdAt: addDays(story.createdAt, -2),
    });
    rows.clientNotes.push(...clientNotes(business, story, clock));
  }

  const demo = (
    key: string,
    status: SalesDemoStatus,
    scheduledAt: Date,
    territory: Territory,
    notes: string,
    online: boolean,
  ) =>
    rows.demos.push({
      id: seedId("sales-demo", key, status),
      leadId: salesLeadId(key),
      salesRepId: platformUserId.sales(territory),
      scheduledAt,
      location: online ? null : "At the client's premises",
      callLink: online ? `https://meet.demo.aizalo.test/${key}` : null,
      status,
      notes,
      createdAt: addDays(scheduledAt < clock.now ? scheduledAt : clock.now, -3),
    });
  demo(
    "kitengela-prime",
    "held",
    clock.daysAgo(3, 11, 0),
    "nairobi",
    "Directors liked the rent reminder flow.",
    true,
  );
  demo(
    "mtwapa-hardware",
    "scheduled",
    clock.daysAhead(2, 10, 30),
    "mombasa",
    "Bring the hardware dashboard on a tablet.",
    false,
  );
  demo(
    "milimani-dental",
    "no_show",
    clock.daysAgo(6, 14, 0),
    "kisumu",
    "Practice manager was in theatre.",
    false,
  );
  demo(
    "milimani-dental",
    "scheduled",
    clock.daysAhead(4, 14, 0),
    "kisumu",
    "Rescheduled after the missed demo.",
    true,
  );
  demo(
    "westlands-repairs",
    "held",
    clock.daysAgo(20, 16, 0),
    "nairobi",
    "Owner asked about Instagram replies.",
    false,
  );
  demo(
    "nyali-apartments",
    "held",
    clock.daysAgo(25, 10, 0),
    "mombasa",
    "Showed the booking requests and the website builder.",
    false,
  );
  demo(
    "kiprop-sang",
    "held",
    clock.daysAgo(12, 9, 30),
    "kisumu",
    "Partners asked about data privacy and audit logs.",
    true,
  );
  demo(
    "malindi-sunset",
    "cancelled",
    clock.daysAgo(100, 11, 0),
    "mombasa",
    "Cancelled by the client.",
    false,
  );

  rows.onboardingSessions.push(
    {
      id: seedId("onboarding-session", "nyali-apartments"),
      salesRepId: platformUserId.sales("mombasa"),
      leadId: salesLeadId("nyali-apartments"),
      status: "in_progress",
      currentStep: "website",
      data: {
        business_name: "Nyali Beach Apartments",
        industry: "real_estate",
        plan: "growth",
        subdomain: "nyali-apartments",
      },
      scheduledAt: clock.daysAgo(2, 10, 0),
      createdAt: clock.daysAgo(3, 15, 0),
    },
    {
      id: seedId("onboarding-session", "westlands-repairs"),
      salesRepId: platformUserId.sales("nairobi"),
      leadId: salesLeadId("westlands-repairs"),
      status: "scheduled",
      currentStep: "business_details",
      data: {},
      scheduledAt: clock.daysAhead(3, 11, 0),
      createdAt: clock.daysAgo(1, 17, 0),
    },
  );
  return rows;
}

/** What the rep (and support, where assigned) wrote down about each client. */
function clientNotes(
  business: Business,
  story: SubscriptionStory,
  clock: SeedClock,
): Prisma.SalesClientNoteCreateManyInput[] {
  const rep = platformUserId.sales(business.salesRep);
  const notes: [author: string, at: Date, body: string][] = [
    [
      rep,
      addMinutes(story.createdAt, 120),
      `Onboarded ${business.team.owner}; imported the phone contacts and set up WhatsApp.`,
    ],
  ];
  const last = story.monthlyPayments.at(-1);
  switch (story.status) {
    case "past_due":
      notes.push([
        rep,
        addDays(story.nextBillingDate ?? story.createdAt, 2),
        `Called ${business.team.owner} about the missed payment; promised to pay by M-Pesa on Friday.`,
      ]);
      break;
    case "suspended":
      notes.push([
        rep,
        addDays(story.suspendedAt ?? story.createdAt, 1),
        "Account suspended after the grace period. The firm is moving offices; check back next month.",
      ]);
      break;
    case "canceled":
      notes.push([
        rep,
        addDays(story.churnedAt ?? story.createdAt, -2),
        "Owner is relocating the shop to Kilifi and wants to pause. Offered to keep the website for free; declined.",
      ]);
      break;
    case "trial":
      notes.push([
        rep,
        addDays(story.createdAt, 3),
        "Trial going well: 20 conversations in the first days. Push for the professional plan before the trial ends.",
      ]);
      break;
    default:
      if (last)
        notes.push([
          rep,
          addDays(last.at, 1),
          "Happy with the AI replies; asked about adding Instagram.",
        ]);
  }
  if (business.supported) {
    notes.push([
      platformUserId.support,
      addDays(story.createdAt, 5),
      "Helped the admin connect the WhatsApp number; verified the business profile.",
    ]);
  }
  return notes.map(([authorId, createdAt, body], index) => ({
    id: seedId("sales-client-note", business.industry, index),
    tenantId: tenantId(business),
    authorId,
    body,
    createdAt: createdAt < clock.now ? createdAt : clock.minutesAgo(1),
  }));
}
