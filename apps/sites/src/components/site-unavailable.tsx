import { EmptyState } from "@aizalo/ui";

/**
 * A suspended business's website: every address on it shows this, saying the business is
 * unavailable for now without saying why. Reactivation brings the real pages straight back.
 */
export function SiteUnavailable({ businessName }: { businessName: string }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg items-center px-6">
      <EmptyState
        className="w-full bg-surface"
        title={`${businessName} is unavailable`}
        description="This business's website is not available at the moment. Please check back later."
      />
    </main>
  );
}
