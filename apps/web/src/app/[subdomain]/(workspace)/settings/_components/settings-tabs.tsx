"use client";

import type { Route } from "next";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@aizalo/ui";

/** The settings sections as links, so each has its own address and the back button works. */
export function SettingsTabs({ tabs }: { tabs: readonly { href: Route; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav
      aria-label="Settings sections"
      className="-mt-2 flex flex-wrap gap-1 border-b border-border"
    >
      {tabs.map((tab) => {
        const current = pathname === tab.href;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={current ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
              current
                ? "border-primary text-foreground"
                : "border-transparent text-muted-foreground hover:text-foreground",
            )}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
