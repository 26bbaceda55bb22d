import type { Route } from "next";
import Link from "next/link";
import { EmptyState } from "@aizalo/ui";

/** A viewer who opens an editor's address: they may look, not change. */
export function ReadOnlyNotice({ subdomain }: { subdomain: string }) {
  return (
    <EmptyState
      title="You can view campaigns, not change them"
      description={
        <>
          Ask an owner or admin for more access.{" "}
          <Link href={`/${subdomain}/campaigns` as Route} className="text-primary underline">
            Back to campaigns
          </Link>
        </>
      }
    />
  );
}
