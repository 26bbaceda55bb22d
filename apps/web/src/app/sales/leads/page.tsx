import type { Metadata } from "next";
import Link from "next/link";
import { buttonVariants, cn, PageHeader } from "@aizalo/ui";
import { requireSalesSession } from "../../../server/shell-access";
import { Pipeline } from "../_components/pipeline";

export const metadata: Metadata = { title: "Leads" };

/** My leads pipeline: a kanban by default, a list with ?view=list. */
export default async function LeadsPage({ searchParams }: PageProps<"/sales/leads">) {
  const claims = await requireSalesSession();
  const view = (await searchParams).view === "list" ? "list" : "board";
  const canChange = claims.role === "sales";
  const toggle = (target: "board" | "list", label: string) => (
    <Link
      href={target === "list" ? "/sales/leads?view=list" : "/sales/leads"}
      aria-current={view === target ? "page" : undefined}
      className={cn(
        buttonVariants({ variant: view === target ? "primary" : "secondary", size: "sm" }),
      )}
    >
      {label}
    </Link>
  );

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Leads"
        description="Your leads and the unassigned leads of your territories, stage by stage."
        actions={
          <>
            <nav aria-label="Pipeline view" className="flex gap-1">
              {toggle("board", "Board")}
              {toggle("list", "List")}
            </nav>
            {canChange ? (
              <Link href="/sales/leads/new" className={buttonVariants({ size: "sm" })}>
                New lead
              </Link>
            ) : null}
          </>
        }
      />
      <Pipeline view={view} canChange={canChange} />
    </div>
  );
}
