import type { Route } from "next";
import Link from "next/link";
import { cn } from "@aizalo/ui";

const TABS = [
  { href: "/admin/revenue", label: "Revenue" },
  { href: "/admin/revenue/commissions", label: "Commissions" },
] as const;

/** Revenue and commissions are two pages of one section. */
export function RevenueTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  return (
    <nav aria-label="Revenue sections" className="flex gap-1 border-b border-border">
      {TABS.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href as Route}
          aria-current={tab.href === current ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            tab.href === current
              ? "border-primary text-foreground"
              : "border-transparent text-muted-foreground hover:text-foreground",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
