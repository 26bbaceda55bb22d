import Link from "next/link";
import { EmptyState, buttonVariants } from "@aizalo/ui";

/** An address no business uses: say so plainly and offer the way back. */
export default function UnknownBusinessPage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg items-center px-6">
      <EmptyState
        className="w-full bg-surface"
        icon={<span className="text-xl font-semibold">?</span>}
        title="No business uses this address"
        description="Check the spelling of your business's Aizalo address, or ask the person who invited you for the link."
        action={
          <Link href="/" className={buttonVariants({ variant: "secondary" })}>
            Find your business
          </Link>
        }
      />
    </main>
  );
}
