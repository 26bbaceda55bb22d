import Link from "next/link";
import { cn } from "@aizalo/ui";
import type { SiteNavigationLink } from "../server/site";
import { HOME_SLUG } from "../server/site";

interface SiteHeaderProps {
  businessName: string;
  navigation: SiteNavigationLink[];
  currentSlug: string;
}

/**
 * Links are written as visitors see them (`/about`); the proxy maps them to this site. The home
 * page's title is usually a headline, so its link just says "Home".
 */
function hrefOf(slug: string): string {
  return slug === HOME_SLUG ? "/" : `/${slug}`;
}

export function SiteHeader({ businessName, navigation, currentSlug }: SiteHeaderProps) {
  return (
    <header className="border-b border-border bg-surface">
      <div className="mx-auto flex max-w-4xl flex-col gap-3 px-6 py-4 sm:flex-row sm:items-center sm:justify-between">
        <Link href="/" className="text-lg font-semibold text-foreground">
          {businessName}
        </Link>
        {navigation.length > 1 ? (
          <nav aria-label="Pages">
            <ul className="flex flex-wrap gap-1">
              {navigation.map((link) => (
                <li key={link.slug}>
                  <Link
                    href={hrefOf(link.slug)}
                    aria-current={link.slug === currentSlug ? "page" : undefined}
                    className={cn(
                      "rounded-md px-3 py-1.5 text-sm text-muted-foreground hover:bg-surface-muted hover:text-foreground",
                      link.slug === currentSlug && "bg-primary/10 font-medium text-primary",
                    )}
                  >
                    {link.slug === HOME_SLUG ? "Home" : link.title}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </header>
  );
}
