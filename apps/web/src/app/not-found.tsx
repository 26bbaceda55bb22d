import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, buttonVariants } from "@aizalo/ui";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFoundPage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg items-center px-6">
      <EmptyState
        className="w-full bg-surface"
        icon={<span className="text-lg font-semibold">404</span>}
        title="We couldn't find that page"
        description="The link may be old or mistyped. If you were signing in, start from your business's Aizalo address."
        action={
          <Link href="/" className={buttonVariants({ variant: "secondary" })}>
            Find your business&apos;s sign-in
          </Link>
        }
      />
    </main>
  );
}
