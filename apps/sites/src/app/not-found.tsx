import type { Metadata } from "next";
import { EmptyState } from "@aizalo/ui";

export const metadata: Metadata = { title: "Website not found" };

/** Unknown, unpublished and suspended sites all look the same: nothing is said about which. */
export default function SiteNotFoundPage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg items-center px-6">
      <EmptyState
        className="w-full bg-surface"
        icon={<span className="text-lg font-semibold">404</span>}
        title="There is no website here"
        description="Check the address you typed. If this is your business's site, publish it from your Aizalo dashboard."
      />
    </main>
  );
}
