"use client";

import type { Route } from "next";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Badge, Toaster } from "@aizalo/ui";
import { DemoOutcomeButtons } from "./demo-outcome-buttons";
import { formatDateTime } from "./formatting";

export interface UpcomingDemo {
  id: string;
  scheduledAt: Date;
  location: string | null;
  callLink: string | null;
  awaitingOutcome: boolean;
  lead: { id: string; businessName: string } | null;
}

/** My booked demos, soonest first, with their outcome buttons. */
export function UpcomingDemos({ demos, canChange }: { demos: UpcomingDemo[]; canChange: boolean }) {
  const router = useRouter();
  if (demos.length === 0) return <p className="text-muted-foreground">No demos booked.</p>;
  return (
    <>
      <ul className="flex flex-col divide-y divide-border" aria-label="Upcoming demos">
        {demos.map((demo) => (
          <li key={demo.id} className="flex flex-col gap-2 py-3">
            <div className="flex flex-wrap items-center gap-2">
              {demo.lead ? (
                <Link
                  href={`/sales/leads/${demo.lead.id}` as Route}
                  className="font-medium hover:underline"
                >
                  {demo.lead.businessName}
                </Link>
              ) : (
                <span className="font-medium">A lead no longer yours</span>
              )}
              {demo.awaitingOutcome ? <Badge tone="warning">Awaiting outcome</Badge> : null}
            </div>
            <p className="text-sm text-muted-foreground">
              {formatDateTime(demo.scheduledAt)}
              {demo.location ? ` · ${demo.location}` : ""}
              {demo.callLink ? " · call" : ""}
            </p>
            {canChange ? (
              <DemoOutcomeButtons
                demo={{ ...demo, leadName: demo.lead?.businessName }}
                onRecorded={() => router.refresh()}
              />
            ) : null}
          </li>
        ))}
      </ul>
      <Toaster />
    </>
  );
}
