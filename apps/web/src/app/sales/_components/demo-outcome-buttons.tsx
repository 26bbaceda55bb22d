"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, toast } from "@aizalo/ui";
import { useTRPC } from "../../../trpc/client";
import { STAGE_LABELS } from "./formatting";

/** Held, no-show or cancelled, for a demo still scheduled. */
export function DemoOutcomeButtons({
  demo,
  onRecorded,
}: {
  demo: { id: string; scheduledAt: Date; leadName?: string | undefined };
  /** For server-rendered pages: refresh them once the outcome is saved. */
  onRecorded?: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const record = useMutation(
    trpc.sales.demos.recordOutcome.mutationOptions({
      onError: (error) => toast.error(error.message),
      onSuccess: async ({ leadMovedTo }, input) => {
        const said = { held: "held", no_show: "a no-show", cancelled: "cancelled" }[input.outcome];
        toast.success(
          leadMovedTo
            ? `Demo marked ${said}; the lead moved to ${STAGE_LABELS[leadMovedTo]}`
            : `Demo marked ${said}`,
        );
        await queryClient.invalidateQueries({ queryKey: trpc.sales.pathKey() });
        onRecorded?.();
      },
    }),
  );
  const started = demo.scheduledAt.getTime() <= Date.now();
  const about = demo.leadName ? ` (${demo.leadName})` : "";

  return (
    <div className="flex flex-wrap gap-2">
      <Button
        size="sm"
        disabled={record.isPending}
        onClick={() => record.mutate({ demoId: demo.id, outcome: "held" })}
        aria-label={`Mark held${about}`}
      >
        Mark held
      </Button>
      {/* Nobody misses a meeting before its time. */}
      {started ? (
        <Button
          size="sm"
          variant="secondary"
          disabled={record.isPending}
          onClick={() => record.mutate({ demoId: demo.id, outcome: "no_show" })}
          aria-label={`No-show${about}`}
        >
          No-show
        </Button>
      ) : null}
      <Button
        size="sm"
        variant="ghost"
        disabled={record.isPending}
        onClick={() => record.mutate({ demoId: demo.id, outcome: "cancelled" })}
        aria-label={`Cancel demo${about}`}
      >
        Cancel demo
      </Button>
    </div>
  );
}
