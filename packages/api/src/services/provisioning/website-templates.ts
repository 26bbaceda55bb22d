import type { ScopedDb } from "@aizalo/db";
import type { IndustryKey } from "./client-details";

/** The active templates for an industry, with the sections a site built on them gets. */
export async function templatesForIndustry(db: ScopedDb, industry: IndustryKey) {
  const templates = await db.websiteTemplate.findMany({
    where: { industry, isActive: true },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      industry: true,
      description: true,
      sections: { orderBy: { sortOrder: "asc" }, select: { sectionName: true } },
    },
  });
  return templates.map((template) => ({
    id: template.id,
    name: template.name,
    industry: template.industry,
    description: template.description,
    sections: template.sections.map((section) => section.sectionName),
  }));
}
