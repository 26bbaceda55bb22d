import type { Industry, Prisma, WebsiteSectionType } from "../generated/prisma/client";
import { BUSINESSES } from "./businesses";
import type { SeedClock } from "./clock";
import { seedId } from "./ids";

// Ten website templates covering every industry (hotels get two: a beach hotel and an up-country
// lodge). A section's default content is the plain-text page format the sites app renders
// ("## " subheadings, "- " lists, blank lines between blocks) with slots a business fills:
// {business} {tagline} {town} {address} {phone} {email} {hours} {offerings} {reviews}.

export interface TemplateSection {
  type: WebsiteSectionType;
  name: string;
  content: string;
}

export interface WebsiteTemplate {
  key: string;
  name: string;
  industry: Industry;
  description: string;
  sections: readonly TemplateSection[];
}

// Every template ends with the same three blocks; their words differ per industry.
const testimonials = (heading: string): TemplateSection => ({
  type: "testimonials",
  name: "What customers say",
  content: `## ${heading}\n\n{reviews}`,
});
const contact = (invitation: string): TemplateSection => ({
  type: "contact",
  name: "Contact and opening hours",
  content: `## Find us\n\n{address}, {town}\n\nCall or WhatsApp {phone}\nEmail {email}\n\n## Opening hours\n\n{hours}\n\n${invitation}`,
});

export const WEBSITE_TEMPLATES: readonly WebsiteTemplate[] = [
  {
    key: "pwani-hospitality",
    name: "Pwani Hospitality",
    industry: "hotels",
    description:
      "A bright beach-hotel layout: big hero, rooms with rates, gallery and easy WhatsApp booking.",
    sections: [
      {
        type: "hero",
        name: "Welcome banner",
        content:
          "## Karibu {business}\n\n{tagline}. Sea-view rooms, fresh coastal food and warm service in {town}.",
      },
      {
        type: "features",
        name: "Why guests stay",
        content:
          "## Why guests stay with us\n\n- A short walk to the beach\n- Breakfast made to order\n- Airport pickup on request\n- Fast Wi-Fi in every room",
      },
      {
        type: "about",
        name: "Our story",
        content:
          "## Our story\n\n{business} is a family-run hotel in {town}. We have welcomed families, couples and teams from across Kenya and beyond, and we still greet every guest at the door.",
      },
      {
        type: "services",
        name: "Rooms and rates",
        content:
          "## Rooms and rates\n\n{offerings}\n\nResidents' rates apply with a Kenyan ID. Children under six stay free.",
      },
      {
        type: "gallery",
        name: "Gallery",
        content:
          "## A look around\n\n- The pool at sunset\n- Sea-view double room\n- Breakfast on the terrace\n- The conference hall",
      },
      testimonials("Guests say"),
      contact("Book on WhatsApp and pay your deposit by M-Pesa."),
    ],
  },
  {
    key: "safari-lodge",
    name: "Safari Lodge",
    industry: "hotels",
    description:
      "An earthy layout for lodges and camps: the view first, then cottages, activities and directions.",
    sections: [
      {
        type: "hero",
        name: "The view",
        content: "## {business}\n\n{tagline}. Wake up to birdsong and wide skies outside {town}.",
      },
      {
        type: "about",
        name: "The lodge",
        content:
          "## The lodge\n\nStone cottages, a fireplace in every room and meals from our own garden.",
      },
      {
        type: "services",
        name: "Cottages and packages",
        content: "## Cottages and packages\n\n{offerings}",
      },
      {
        type: "gallery",
        name: "Gallery",
        content: "## Gallery\n\n- Cottages at dawn\n- Dinner by the fire\n- Nature walk",
      },
      testimonials("From our guestbook"),
      contact("Send us your dates and we will reply within the hour."),
    ],
  },
  {
    key: "karibu-table",
    name: "Karibu Table",
    industry: "restaurants",
    description: "For restaurants and cafes: the menu up front, table bookings and delivery areas.",
    sections: [
      {
        type: "hero",
        name: "Welcome",
        content: "## {business}\n\n{tagline}. Cooked fresh every day in {town}.",
      },
      {
        type: "features",
        name: "Why people come back",
        content:
          "## Why people come back\n\n- Fish straight from the lake every morning\n- Delivery within 40 minutes in town\n- Space for birthdays and office parties",
      },
      {
        type: "about",
        name: "Our kitchen",
        content:
          "## Our kitchen\n\n{business} started as a small kibanda and grew one happy customer at a time. The recipes are still the family's.",
      },
      {
        type: "services",
        name: "Menu",
        content: "## Menu\n\n{offerings}\n\nAsk about today's specials.",
      },
      {
        type: "gallery",
        name: "Gallery",
        content:
          "## From our kitchen\n\n- Whole tilapia with ugali\n- Nyama choma platter\n- Chai and mandazi",
      },
      testimonials("What diners say"),
      contact("Book a table or order delivery on WhatsApp."),
    ],
  },
  {
    key: "makazi-listings",
    name: "Makazi Listings",
    industry: "real_estate",
    description:
      "For agents and property managers: listings with prices, viewings and landlord services.",
    sections: [
      {
        type: "hero",
        name: "Find a home",
        content: "## {business}\n\n{tagline}. Apartments, houses and plots in and around {town}.",
      },
      {
        type: "about",
        name: "About the agency",
        content:
          "## About us\n\nWe let, sell and manage property with clear paperwork: every title is searched, every rent is receipted.",
      },
      {
        type: "services",
        name: "Listings",
        content:
          "## Current listings\n\n{offerings}\n\nBook a viewing and we will meet you on site.",
      },
      {
        type: "features",
        name: "For landlords",
        content:
          "## For landlords\n\n- Rent collected by M-Pesa paybill\n- Repairs handled by vetted fundis\n- A statement every month",
      },
      {
        type: "gallery",
        name: "Gallery",
        content:
          "## Recent homes\n\n- Kilimani 2-bedroom living room\n- Syokimau maisonette garden\n- Kitengela plots",
      },
      testimonials("Clients say"),
      contact("Viewings on weekdays and Saturday mornings."),
    ],
  },
  {
    key: "gari-showroom",
    name: "Gari Showroom",
    industry: "car_dealers",
    description: "For car yards: stock with prices, test drives, trade-ins and financing.",
    sections: [
      {
        type: "hero",
        name: "In the yard",
        content: "## {business}\n\n{tagline}. Inspected cars, clear logbooks, in {town}.",
      },
      {
        type: "about",
        name: "About the yard",
        content:
          "## About us\n\nEvery car is inspected before it is listed. Bring your own mechanic: we will wait.",
      },
      { type: "services", name: "Cars for sale", content: "## Cars for sale\n\n{offerings}" },
      {
        type: "pricing",
        name: "Financing",
        content:
          "## Financing\n\n- 30% deposit, balance through our partner SACCOs and banks\n- Trade-ins valued for free",
      },
      {
        type: "gallery",
        name: "Gallery",
        content:
          "## The yard\n\n- Toyota Fielder, silver\n- Subaru Forester, blue\n- Our service bay",
      },
      testimonials("Happy drivers"),
      contact("Test drives every day except Sunday."),
    ],
  },
  {
    key: "urembo-studio",
    name: "Urembo Studio",
    industry: "beauty",
    description:
      "For salons, barbers and spas: treatments with prices, stylists and online booking.",
    sections: [
      {
        type: "hero",
        name: "Welcome",
        content: "## {business}\n\n{tagline}. Hair, nails and spa in {town}.",
      },
      {
        type: "about",
        name: "The team",
        content:
          "## The team\n\nOur stylists trained in Nairobi and love what they do. Tea is on us while you wait.",
      },
      { type: "services", name: "Treatments", content: "## Treatments and prices\n\n{offerings}" },
      {
        type: "gallery",
        name: "Gallery",
        content: "## Recent work\n\n- Knotless braids\n- Bridal makeup\n- Gel manicure",
      },
      testimonials("Clients love"),
      contact("Book on WhatsApp; walk-ins welcome when a chair is free."),
    ],
  },
  {
    key: "afya-care",
    name: "Afya Care",
    industry: "medical",
    description:
      "For clinics: services, doctors' hours, insurance accepted and appointment requests.",
    sections: [
      {
        type: "hero",
        name: "Welcome",
        content:
          "## {business}\n\n{tagline}. Family doctors, a lab and a pharmacy under one roof in {town}.",
      },
      {
        type: "about",
        name: "About the clinic",
        content:
          "## About the clinic\n\nWe treat children and adults, run antenatal clinics and follow up every lab result.",
      },
      {
        type: "services",
        name: "Services",
        content:
          "## Services and fees\n\n{offerings}\n\nMost medical covers are accepted: bring your card and ID.",
      },
      {
        type: "features",
        name: "Why families choose us",
        content:
          "## Why families choose us\n\n- Short queues and appointment reminders by SMS\n- Lab results the same day for most tests\n- Open on Sundays",
      },
      testimonials("Patients say"),
      contact("In an emergency, go to the nearest hospital."),
    ],
  },
  {
    key: "tech-duka",
    name: "Tech Duka",
    industry: "tech",
    description:
      "For phone and computer shops: repairs with turnaround times, gadgets and warranties.",
    sections: [
      {
        type: "hero",
        name: "Welcome",
        content: "## {business}\n\n{tagline}. Repairs and genuine gadgets in {town}.",
      },
      {
        type: "about",
        name: "About the shop",
        content:
          "## About us\n\nQualified technicians, original parts and a warranty on every repair.",
      },
      {
        type: "services",
        name: "Repairs and gadgets",
        content: "## Repairs and gadgets\n\n{offerings}",
      },
      {
        type: "features",
        name: "Why us",
        content:
          "## Why us\n\n- Most repairs done the same day\n- Free diagnosis\n- Delivery by boda across the city",
      },
      testimonials("Customers say"),
      contact("Send your phone model on WhatsApp for a quote."),
    ],
  },
  {
    key: "haki-chambers",
    name: "Haki Chambers",
    industry: "law",
    description: "For law firms: practice areas, the advocates and consultation requests.",
    sections: [
      {
        type: "hero",
        name: "Welcome",
        content: "## {business}\n\n{tagline}. Advocates of the High Court of Kenya, in {town}.",
      },
      {
        type: "about",
        name: "The firm",
        content:
          "## The firm\n\nWe advise families and businesses on land, succession, employment and company matters, in English and Kiswahili.",
      },
      {
        type: "services",
        name: "Practice areas",
        content:
          "## Practice areas and fees\n\n{offerings}\n\nFees are confirmed in writing before any work starts.",
      },
      testimonials("Clients say"),
      contact("Consultations by appointment."),
    ],
  },
  {
    key: "jenga-supplies",
    name: "Jenga Supplies",
    industry: "hardware",
    description: "For hardware stores: price list, delivery areas and contractor credit.",
    sections: [
      {
        type: "hero",
        name: "Welcome",
        content: "## {business}\n\n{tagline}. Building materials at fair prices in {town}.",
      },
      {
        type: "about",
        name: "About the store",
        content: "## About us\n\nFrom a bag of cement to a whole roof: we stock it, we deliver it.",
      },
      { type: "services", name: "Products", content: "## Price list\n\n{offerings}" },
      {
        type: "pricing",
        name: "Delivery and credit",
        content:
          "## Delivery and credit\n\n- Free delivery in town on orders above KES 20,000\n- 30-day credit for registered contractors",
      },
      testimonials("Builders say"),
      contact("Send your bill of quantities on WhatsApp for a quotation."),
    ],
  },
];

export const websiteTemplateId = (key: string) => seedId("website-template", key);

export function websiteTemplates(clock: SeedClock): Prisma.WebsiteTemplateCreateManyInput[] {
  return WEBSITE_TEMPLATES.map((template, index) => ({
    id: websiteTemplateId(template.key),
    name: template.name,
    industry: template.industry,
    description: template.description,
    // How many of the demo businesses built their site on it.
    usageCount: BUSINESSES.filter((business) => business.template === template.key).length,
    createdAt: clock.daysAgo(390 - index, 10, 0),
  }));
}

export function websiteSections(clock: SeedClock): Prisma.WebsiteSectionCreateManyInput[] {
  return WEBSITE_TEMPLATES.flatMap((template) =>
    template.sections.map((section, index) => ({
      id: seedId("website-section", template.key, index),
      templateId: websiteTemplateId(template.key),
      sectionType: section.type,
      sectionName: section.name,
      defaultContent: section.content,
      isRequired: section.type === "hero" || section.type === "contact",
      sortOrder: (index + 1) * 10,
      createdAt: clock.daysAgo(390, 10, 0),
    })),
  );
}

export function templateByKey(key: string): WebsiteTemplate {
  const template = WEBSITE_TEMPLATES.find((candidate) => candidate.key === key);
  if (!template) throw new Error(`Unknown website template ${key}`);
  return template;
}
