import type { Prisma, WebsiteSectionType } from "../generated/prisma/client";
import { businessEmail } from "./accounts";
import { addDays } from "./clock";
import { seedId } from "./ids";
import type { TenantContext } from "./tenant-context";
import { fill, kes } from "./text";
import { templateByKey, websiteTemplateId } from "./website-templates";

// A business's website: built from its template's sections, the way the website builder does it.

interface PagePlan {
  slug: string;
  /** Title of the page; null takes the name of its first section (e.g. "Menu", "Rooms and rates"). */
  title: string | null;
  sections: readonly WebsiteSectionType[];
  published: boolean;
}

const PAGES: readonly PagePlan[] = [
  {
    slug: "home",
    title: "Home",
    sections: ["hero", "features", "gallery", "testimonials"],
    published: true,
  },
  { slug: "about", title: "About us", sections: ["about"], published: true },
  { slug: "services", title: null, sections: ["services", "pricing"], published: true },
  { slug: "contact", title: "Contact", sections: ["contact"], published: true },
];

// A page still being written, to show that unpublished pages stay off the public site.
const DRAFT_PAGE: PagePlan = { slug: "offers", title: "Offers", sections: [], published: false };

export function tenantWebsite(
  context: TenantContext,
  publishedReviews: readonly { authorName: string; body?: string | null }[],
): {
  website: Prisma.TenantWebsiteCreateManyInput;
  customizations: Prisma.WebsiteCustomizationCreateManyInput[];
  pages: Prisma.WebsitePageCreateManyInput[];
} {
  const { business, story } = context;
  const websiteId = seedId("tenant-website", business.industry);
  const template = templateByKey(business.template);
  const builtAt = addDays(story.createdAt, 1);
  const slots = {
    business: business.name,
    tagline: business.brand.tagline,
    town: context.town.name,
    address: business.address,
    phone: business.phone,
    email: businessEmail(business.subdomain),
    hours: openingHours(context),
    offerings: context.content.offerings
      .map((offering) => `- ${offering.name}: ${kes(offering.price)}`)
      .join("\n"),
    reviews:
      publishedReviews.length > 0
        ? publishedReviews
            .map((review) => `- "${review.body ?? ""}" (${review.authorName})`)
            .join("\n")
        : "Be the first to leave a review.",
  };

  const plans = business.industry === "hotels" ? [...PAGES, DRAFT_PAGE] : PAGES;
  const pages = plans.map((plan, index) => {
    const sections = template.sections.filter((section) => plan.sections.includes(section.type));
    const title = plan.title ?? sections[0]?.name ?? plan.slug;
    const content =
      sections.length > 0
        ? sections.map((section) => fill(section.content, slots)).join("\n\n")
        : `## Coming soon\n\nSeasonal offers from ${business.name} will appear here.`;
    return {
      id: seedId("website-page", business.industry, plan.slug),
      tenantId: context.tenantId,
      websiteId,
      slug: plan.slug,
      title,
      metaDescription:
        plan.slug === "home"
          ? `${business.name}, ${context.town.name}. ${business.brand.tagline}.`
          : `${title} at ${business.name}, ${context.town.name}.`,
      content,
      sortOrder: index,
      isPublished: plan.published,
      createdAt: builtAt,
    };
  });

  const customizations: [
    type: Prisma.WebsiteCustomizationCreateManyInput["customizationType"],
    key: string,
    value: string,
  ][] = [
    ["color", "primary", business.brand.primary],
    ["color", "accent", business.brand.accent],
    ["font", "heading", business.brand.headingFont],
    ["font", "body", business.brand.bodyFont],
    ["content", "tagline", business.brand.tagline],
    ["seo", "title", `${business.name} | ${context.town.name}`],
    [
      "seo",
      "description",
      `${business.brand.tagline}. ${business.name}, ${business.address}, ${context.town.name}.`,
    ],
    [
      "layout",
      "hero",
      business.industry === "law" || business.industry === "medical" ? "text-left" : "full-image",
    ],
  ];

  return {
    website: {
      id: websiteId,
      tenantId: context.tenantId,
      templateId: websiteTemplateId(template.key),
      isPublished: business.websitePublished,
      publishedAt: business.websitePublished ? addDays(builtAt, 1) : null,
      createdAt: builtAt,
    },
    customizations: customizations.map(([customizationType, key, value]) => ({
      id: seedId("website-customization", business.industry, customizationType, key),
      tenantId: context.tenantId,
      websiteId,
      customizationType,
      key,
      value,
      createdAt: builtAt,
    })),
    pages,
  };
}

function openingHours({ business }: TenantContext): string {
  const show = (range: string | null) =>
    range ? (range === "00:00-24:00" ? "open 24 hours" : range.replace("-", " to ")) : "closed";
  return [
    `- Monday to Friday: ${show(business.hours.weekdays)}`,
    `- Saturday: ${show(business.hours.saturday)}`,
    `- Sunday: ${show(business.hours.sunday)}`,
  ].join("\n");
}
