"use client";

import { Select } from "@aizalo/ui";
import { LeadFormDialog, type LeadFormValues } from "./lead-form-dialog";
import { STAGE_LABELS, STAGES, type Stage } from "./lead-stages";
import type { PendingMove } from "./move-lead";

/**
 * A lead's write controls, the same on a board card and a list row: a "Move to" select (the
 * keyboard-and-phone way to move a lead) and Edit. `idPrefix` keeps the select's id unique
 * when both views are on the page.
 */
export function LeadActions({
  lead,
  idPrefix,
  onMove,
}: {
  lead: LeadFormValues & { stage: Stage };
  idPrefix: string;
  onMove: (move: PendingMove) => void;
}) {
  const selectId = `${idPrefix}-${lead.id}`;
  return (
    <span className="flex items-center gap-2">
      <label className="sr-only" htmlFor={selectId}>
        Move {lead.contactName} to
      </label>
      <Select
        id={selectId}
        value={lead.stage}
        className="h-9 text-sm sm:h-9"
        onChange={(event) =>
          onMove({
            id: lead.id,
            contactName: lead.contactName,
            stage: event.target.value as Stage,
            value: lead.value,
          })
        }
      >
        {STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {STAGE_LABELS[stage]}
          </option>
        ))}
      </Select>
      <LeadFormDialog
        lead={lead}
        trigger={
          <button type="button" className="text-sm font-medium text-primary hover:underline">
            Edit<span className="sr-only"> {lead.contactName}</span>
          </button>
        }
      />
    </span>
  );
}
