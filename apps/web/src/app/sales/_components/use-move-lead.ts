"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@aizalo/ui";
import { useState } from "react";
import { useTRPC } from "../../../trpc/client";
import type { LeadInList } from "./api-types";
import { STAGE_LABELS, type Stage } from "./formatting";

/** The list every pipeline view reads (board and list share it). */
export const ALL_LEADS = {} as const;

/** A move that needs a word from the rep first: why it was lost, or that won means onboarding. */
export type PendingMove = { lead: LeadInList; stage: "lost" | "won" } | null;

/**
 * Moving a lead: the board shows the new stage at once (optimistic), and puts the lead back
 * where it was if the API refuses. "Lost" asks for a reason first; "won" explains onboarding.
 */
export function useMoveLead() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listKey = trpc.sales.leads.list.queryKey(ALL_LEADS);
  const [pending, setPending] = useState<PendingMove>(null);

  const mutation = useMutation(
    trpc.sales.leads.move.mutationOptions({
      onMutate: async (input) => {
        await queryClient.cancelQueries({ queryKey: listKey });
        const before = queryClient.getQueryData(listKey);
        queryClient.setQueryData(listKey, (leads) =>
          leads?.map((lead) =>
            lead.id === input.leadId
              ? { ...lead, stage: input.stage, status: input.stage, isMine: true }
              : lead,
          ),
        );
        return { before };
      },
      onError: (error, _input, context) => {
        if (context?.before) queryClient.setQueryData(listKey, context.before);
        toast.error(`The lead was not moved: ${error.message}`);
      },
      onSuccess: ({ lead }) => {
        toast.success(`${lead.businessName} moved to ${STAGE_LABELS[lead.stage]}`);
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.sales.pathKey() }),
    }),
  );

  function requestMove(lead: LeadInList, stage: Stage) {
    if (lead.stage === stage) return;
    if (stage === "won" || stage === "lost") {
      setPending({ lead, stage });
      return;
    }
    mutation.mutate({ leadId: lead.id, stage });
  }

  function confirmLost(lostReason: string) {
    if (pending?.stage !== "lost") return;
    mutation.mutate({ leadId: pending.lead.id, stage: "lost", lostReason });
    setPending(null);
  }

  return {
    requestMove,
    confirmLost,
    pending,
    closePending: () => setPending(null),
    isMoving: mutation.isPending,
  };
}
