/**
 * A new business's website pages, built from its template's sections the way the seed's demo
 * sites are: Home, About us, the template's services page and Contact. Slots the wizard knows
 * ({business}, {town}, {phone}...) are filled; the rest get words the owner can edit later.
 */

export interface TemplateSectionRow {
  sectionType: string;
  sectionName: string;
  defaultContent: string | null;
  sortOrder: number;
}

export interface PageSlots {
  business: string;
  town: string;
  address: string;
  phone: string;
  email: string;
}

export interface PlannedPage {
  slug: string;
  title: string;
  metaDescription: string;
  content: string;
  sortOrder: number;
}

const PAGE_PLANS: readonly { slug: string; title: string | null; sections: readonly string[] }[] = [
  { slug: "home", title: "Home", sections: ["hero", "features", "gallery", "testimonials"] },
  { slug: "about", title: "About us", sections: ["about"] },
  // null: the page takes the name of its first section ("Menu", "Rooms and rates").
  { slug: "services", title: null, sections: ["services", "pricing"] },
  { slug: "contact", title: "Contact", sections: ["contact"] },
];

export function plannedPages(
  sections: readonly TemplateSectionRow[],
  slots: PageSlots,
): PlannedPage[] {
  const ordered = [...sections].sort((a, b) => a.sortOrder - b.sortOrder);
  const values: Record<string, string> = {
    business: slots.business,
    tagline: `Welcome to ${slots.business}`,
    town: slots.town,
    address: slots.address || slots.town,
    phone: slots.phone,
    email: slots.email,
    hours: "- Monday to Saturday: 08:00 to 18:00\n- Sunday: closed",
    offerings: "- Ask us on WhatsApp for our latest offers and prices",
    reviews: "Be the first to leave a review.",
  };
  const pages: PlannedPage[] = [];
  for (const plan of PAGE_PLANS) {
    const chosen = ordered.filter((section) => plan.sections.includes(section.sectionType));
    if (chosen.length === 0) continue;
    const title = plan.title ?? chosen[0]?.sectionName ?? plan.slug;
    pages.push({
      slug: plan.slug,
      title,
      metaDescription:
        plan.slug === "home"
          ? `${slots.business}, ${slots.town}.`
          : `${title} at ${slots.business}, ${slots.town}.`,
      content: chosen.map((section) => fill(section.defaultContent ?? "", values)).join("\n\n"),
      sortOrder: pages.length,
    });
  }
  return pages;
}

/** Replaces `{slot}` with its value; unknown slots are left out rather than shown raw. */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-z_]+)\}/g, (_match, name: string) => values[name] ?? "").trim();
}
