import type { Route } from "next";
import Link from "next/link";
import { EmptyState, buttonVariants } from "@aizalo/ui";

export interface ForbiddenNoticeProps {
  /**
   * Where this person belongs, when known: their business's dashboard or their own sign-in
   * ("Go to Pwani Breeze"). Without it the page offers the way to find a business's sign-in.
   */
  ownPlace?: { href: Route; label: string };
}

/**
 * A page this person may not open. It names nothing about what is behind it (whose page, whether
 * it exists) and points them back to their own place. Used by app/forbidden.tsx and by pages that
 * decide themselves.
 */
export function ForbiddenNotice({ ownPlace }: ForbiddenNoticeProps) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg items-center px-6">
      <EmptyState
        className="w-full bg-surface"
        icon={<span className="text-lg font-semibold">403</span>}
        title="This page isn't open to your account"
        description="You're signed in, but this page belongs to another account or needs a role you don't have. Ask your business's owner if you think you should have access."
        action={
          <div className="flex flex-col items-center gap-2 sm:flex-row">
            {ownPlace ? (
              <Link href={ownPlace.href} className={buttonVariants()}>
                {ownPlace.label}
              </Link>
            ) : null}
            <Link href="/" className={buttonVariants({ variant: "secondary" })}>
              {ownPlace ? "Aizalo's home page" : "Find your business's sign-in"}
            </Link>
          </div>
        }
      />
    </main>
  );
}
