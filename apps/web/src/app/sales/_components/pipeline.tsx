"use client";

import { useQuery } from "@tanstack/react-query";
import { EmptyState, Skeleton, Toaster } from "@aizalo/ui";
import { useTRPC } from "../../../trpc/client";
import { LeadsBoard } from "./leads-board";
import { LeadsTable } from "./leads-table";
import { LostReasonDialog } from "./lost-reason-dialog";
import { ALL_LEADS, useMoveLead } from "./use-move-lead";
import { WonDialog } from "./won-dialog";

/** My pipeline, as a board or a list, with the moves and their questions. */
export function Pipeline({ view, canChange }: { view: "board" | "list"; canChange: boolean }) {
  const trpc = useTRPC();
  const leads = useQuery(trpc.sales.leads.list.queryOptions(ALL_LEADS));
  const move = useMoveLead();

  if (leads.isPending) return <Skeleton className="h-64 w-full" />;
  if (leads.isError) {
    return (
      <EmptyState title="The pipeline could not be loaded" description={leads.error.message} />
    );
  }
  if (leads.data.length === 0) {
    return (
      <EmptyState
        title="No leads yet"
        description={
          canChange
            ? "Add the businesses you are talking to, and move them along as the talks go."
            : "Leads belong to sales reps; there are none assigned to you."
        }
      />
    );
  }

  return (
    <>
      {view === "board" ? (
        <LeadsBoard leads={leads.data} canChange={canChange} onMove={move.requestMove} />
      ) : (
        <LeadsTable leads={leads.data} />
      )}
      <LostReasonDialog
        open={move.pending?.stage === "lost"}
        businessName={move.pending?.lead.businessName ?? ""}
        onConfirm={move.confirmLost}
        onCancel={move.closePending}
      />
      <WonDialog
        lead={move.pending?.stage === "won" ? move.pending.lead : null}
        onClose={move.closePending}
      />
      <Toaster />
    </>
  );
}
