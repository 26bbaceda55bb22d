"use client";

import type { Route } from "next";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { isActivePath, NavLink, NavSection } from "@aizalo/ui";

export interface ShellNavItem {
  href: Route;
  label: string;
  /** Only the page itself is "current" (landing pages, whose path prefixes every other). */
  exact?: boolean;
}

/** A shell's navigation: only pages that exist, the current one marked for screen readers too. */
export function ShellNav({ items, title }: { items: readonly ShellNavItem[]; title?: string }) {
  const pathname = usePathname();
  return (
    <NavSection {...(title ? { title } : {})}>
      {items.map((item) => (
        <NavLink key={item.href} asChild active={isActivePath(pathname, item.href, item.exact)}>
          <Link href={item.href}>{item.label}</Link>
        </NavLink>
      ))}
    </NavSection>
  );
}
