import type { Metadata, Route } from "next";
import Link from "next/link";
import {
  Badge,
  EmptyState,
  PageHeader,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@aizalo/ui";
import { requireSalesSession } from "../../../server/shell-access";
import { serverApi } from "../../../trpc/server";
import { STEP_LABELS } from "./wizard-steps";
import { StartOnboarding } from "./start-onboarding";

export const metadata: Metadata = { title: "Onboarding" };

/**
 * The rep's onboarding drafts, and where a new one starts (blank or from a lead; a lead's page
 * can link to /sales/onboarding?lead=<id> to have it chosen).
 */
export default async function OnboardingPage({ searchParams }: PageProps<"/sales/onboarding">) {
  const claims = await requireSalesSession();
  // A lead's page links here with ?lead=<id> to start from that lead.
  const { lead } = await searchParams;
  const api = await serverApi();
  const [sessions, leads] = await Promise.all([
    api.sales.onboarding.list(),
    api.sales.onboarding.leads(),
  ]);
  const canStart = claims.role === "sales";

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Onboarding"
        description="Set up a new client: business details, industry, website template, subdomain and look. Drafts are saved at every step."
      />
      {canStart ? (
        <StartOnboarding
          leads={leads}
          initialLeadId={leads.some((row) => row.id === lead) ? String(lead) : ""}
        />
      ) : (
        <p className="text-muted-foreground">Only sales reps onboard clients.</p>
      )}
      <section aria-labelledby="drafts-heading" className="flex flex-col gap-3">
        <h2 id="drafts-heading" className="text-lg font-semibold">
          Your onboardings
        </h2>
        {sessions.length === 0 ? (
          <EmptyState title="No onboardings yet" description="Start one above." />
        ) : (
          <Table label="Your onboardings">
            <TableHeader>
              <TableRow>
                <TableHead>Business</TableHead>
                <TableHead>Progress</TableHead>
                <TableHead className="hidden sm:table-cell">Last saved</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {sessions.map((session) => (
                <TableRow key={session.id}>
                  <TableCell>
                    <Link
                      href={`/sales/onboarding/${session.id}` as Route}
                      className="font-medium text-primary underline-offset-4 hover:underline"
                    >
                      {session.businessName ?? "Unnamed business"}
                    </Link>
                    {session.fromLead ? (
                      <span className="ml-2 text-sm text-muted-foreground">from a lead</span>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    {session.status === "completed" ? (
                      <Badge tone="success">Done · {session.subdomain}</Badge>
                    ) : (
                      <Badge tone="warning">At: {STEP_LABELS[session.currentStep]}</Badge>
                    )}
                  </TableCell>
                  <TableCell className="hidden sm:table-cell">
                    {session.updatedAt.toLocaleString("en-KE", { timeZone: "Africa/Nairobi" })}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
