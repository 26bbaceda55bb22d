import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { brandColorStyle } from "@aizalo/ui";
import { PageContent } from "../../../../components/page-content";
import { SiteFooter } from "../../../../components/site-footer";
import { SiteHeader } from "../../../../components/site-header";
import { SiteUnavailable } from "../../../../components/site-unavailable";
import { findSitePage, HOME_SLUG, suspendedBusinessName } from "../../../../server/site";

type SitePageProps = PageProps<"/site/[site]/[[...slug]]">;

/** `/` is the home page, `/about` the page with slug "about"; deeper paths have no page. */
async function requestedPage(props: SitePageProps) {
  const { site, slug = [] } = await props.params;
  if (slug.length > 1) return null;
  return findSitePage(site, slug[0] ?? HOME_SLUG);
}

export async function generateMetadata(props: SitePageProps): Promise<Metadata> {
  const suspended = await suspendedBusinessName((await props.params).site);
  if (suspended) {
    return { title: `${suspended} is unavailable`, robots: { index: false, follow: false } };
  }
  const found = await requestedPage(props);
  if (!found) return {};
  const { business, page } = found;
  return {
    title: page.slug === HOME_SLUG ? business.name : `${page.title} · ${business.name}`,
    description: page.metaDescription ?? undefined,
  };
}

export default async function SitePage(props: SitePageProps) {
  const suspended = await suspendedBusinessName((await props.params).site);
  if (suspended) return <SiteUnavailable businessName={suspended} />;
  const found = await requestedPage(props);
  if (!found) notFound();
  const { business, navigation, page, primaryColor } = found;

  return (
    <div style={brandColorStyle(primaryColor)} className="flex min-h-dvh flex-col bg-surface">
      <SiteHeader businessName={business.name} navigation={navigation} currentSlug={page.slug} />
      <main className="flex-1">
        <section className="bg-primary text-primary-foreground">
          <div className="mx-auto max-w-4xl px-6 py-16">
            <h1 className="text-4xl font-semibold tracking-tight text-balance">
              {page.slug === HOME_SLUG ? business.name : page.title}
            </h1>
            {page.metaDescription ? (
              <p className="mt-4 max-w-2xl text-lg opacity-90">{page.metaDescription}</p>
            ) : null}
          </div>
        </section>
        <div className="mx-auto max-w-4xl px-6 py-12">
          <PageContent content={page.content} />
        </div>
      </main>
      <SiteFooter businessName={business.name} city={business.city} />
    </div>
  );
}
