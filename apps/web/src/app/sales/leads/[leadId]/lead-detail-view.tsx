"use client";

import { useQuery } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import {
  Badge,
  Button,
  Card,
  CardContent,
  CardHeader,
  CardTitle,
  EmptyState,
  PageHeader,
  Skeleton,
  Toaster,
} from "@aizalo/ui";
import { useState, type ReactNode } from "react";
import { useTRPC } from "../../../../trpc/client";
import { DemoOutcomeButtons } from "../../_components/demo-outcome-buttons";
import {
  DEMO_STATUS_LABELS,
  formatDate,
  formatDateTime,
  formatKes,
  INDUSTRY_LABELS,
  STAGE_LABELS,
  STAGE_TONES,
} from "../../_components/formatting";
import { LeadForm } from "../../_components/lead-form";
import { LostReasonDialog } from "../../_components/lost-reason-dialog";
import { MoveToMenu } from "../../_components/move-to-menu";
import { ScheduleDemoForm } from "../../_components/schedule-demo-form";
import { useMoveLead } from "../../_components/use-move-lead";
import { onboardingHref, WonDialog } from "../../_components/won-dialog";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="font-medium break-words">{children || "—"}</dd>
    </div>
  );
}

export function LeadDetailView({ leadId, canChange }: { leadId: string; canChange: boolean }) {
  const trpc = useTRPC();
  const lead = useQuery(trpc.sales.leads.get.queryOptions({ leadId }));
  const move = useMoveLead();
  const [editing, setEditing] = useState(false);

  if (lead.isPending) return <Skeleton className="h-96 w-full" />;
  if (lead.isError)
    return <EmptyState title="This lead could not be loaded" description={lead.error.message} />;
  const data = lead.data;
  const open = data.stage !== "won" && data.stage !== "lost";
  const changeable = canChange && data.stage !== "won";

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={<Link href="/sales/leads">Leads</Link>}
        title={data.businessName}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={STAGE_TONES[data.stage]}>{STAGE_LABELS[data.stage]}</Badge>
            {!data.isMine ? <Badge tone="warning">Unassigned, your territory</Badge> : null}
          </span>
        }
        actions={
          changeable ? (
            <>
              <MoveToMenu
                businessName={data.businessName}
                stage={data.stage}
                onMove={(stage) => move.requestMove(data, stage)}
              />
              {open ? (
                <Link href={onboardingHref(data.id)} className="text-sm font-medium text-primary">
                  Onboard
                </Link>
              ) : null}
              <Button variant="secondary" size="sm" onClick={() => setEditing((on) => !on)}>
                {editing ? "Close editing" : "Edit lead"}
              </Button>
            </>
          ) : data.tenantId ? (
            <Link
              href={`/sales/clients/${data.tenantId}` as Route}
              className="text-sm font-medium text-primary"
            >
              View client
            </Link>
          ) : null
        }
      />

      {editing ? (
        <Card>
          <CardHeader>
            <CardTitle>Edit lead</CardTitle>
          </CardHeader>
          <CardContent>
            <LeadForm lead={data} onSaved={() => setEditing(false)} />
          </CardContent>
        </Card>
      ) : (
        <Card>
          <CardContent>
            <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
              <Fact label="Contact">{data.contactName}</Fact>
              <Fact label="Phone">
                <a href={`tel:${data.phone}`} className="hover:underline">
                  {data.phone}
                </a>
              </Fact>
              <Fact label="Email">{data.email}</Fact>
              <Fact label="Industry">{data.industry ? INDUSTRY_LABELS[data.industry] : null}</Fact>
              <Fact label="Town">{data.city}</Fact>
              <Fact label="Territory">{data.territory?.name}</Fact>
              <Fact label="Expected monthly fee">{formatKes(data.value)}</Fact>
              <Fact label="Next action">{data.nextAction}</Fact>
              <Fact label="Follow up on">{formatDate(data.followUpAt)}</Fact>
              <Fact label="Last contact">{formatDate(data.lastContactAt)}</Fact>
              {data.stage === "lost" ? (
                <Fact label="Why it was lost">{data.lostReason}</Fact>
              ) : null}
            </dl>
            {data.notes ? (
              <p className="mt-4 whitespace-pre-line text-muted-foreground">{data.notes}</p>
            ) : null}
          </CardContent>
        </Card>
      )}

      <Card>
        <CardHeader>
          <CardTitle>Demos</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          {data.demos.length === 0 ? (
            <p className="text-muted-foreground">No demo booked yet.</p>
          ) : (
            <ul className="flex flex-col divide-y divide-border" aria-label="Demos">
              {data.demos.map((demo) => (
                <li
                  key={demo.id}
                  className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between"
                >
                  <div className="flex flex-col gap-1">
                    <p className="font-medium">
                      {formatDateTime(demo.scheduledAt)}{" "}
                      <Badge
                        tone={
                          demo.status === "held"
                            ? "success"
                            : demo.status === "scheduled"
                              ? "primary"
                              : "neutral"
                        }
                      >
                        {DEMO_STATUS_LABELS[demo.status]}
                      </Badge>
                    </p>
                    <p className="text-sm text-muted-foreground">
                      {[demo.location, demo.callLink].filter(Boolean).join(" · ")}
                    </p>
                    {demo.notes ? <p className="text-sm">{demo.notes}</p> : null}
                  </div>
                  {canChange && demo.status === "scheduled" ? (
                    <DemoOutcomeButtons demo={demo} />
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {canChange && open ? (
            <section className="flex flex-col gap-3 border-t border-border pt-4">
              <h3 className="font-semibold">Book a demo</h3>
              <ScheduleDemoForm leadId={data.id} />
            </section>
          ) : null}
        </CardContent>
      </Card>

      <LostReasonDialog
        open={move.pending?.stage === "lost"}
        businessName={data.businessName}
        onConfirm={move.confirmLost}
        onCancel={move.closePending}
      />
      <WonDialog
        lead={move.pending?.stage === "won" ? move.pending.lead : null}
        onClose={move.closePending}
      />
      <Toaster />
    </div>
  );
}
