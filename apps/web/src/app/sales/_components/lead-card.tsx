"use client";

import { useDraggable } from "@dnd-kit/core";
import type { Route } from "next";
import Link from "next/link";
import type { KeyboardEventHandler, PointerEventHandler } from "react";
import { Badge, cn } from "@aizalo/ui";
import type { LeadInList } from "./api-types";
import { formatDate, formatKes, type Stage } from "./formatting";
import { MoveToMenu } from "./move-to-menu";

export const leadHref = (leadId: string) => `/sales/leads/${leadId}` as Route;

function CardBody({ lead }: { lead: LeadInList }) {
  const overdue =
    lead.followUpAt && lead.stage !== "won" && lead.stage !== "lost"
      ? lead.followUpAt.getTime() < Date.now()
      : false;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="text-muted-foreground">
        {[lead.contactName, lead.city].filter(Boolean).join(" · ") || lead.phone}
      </p>
      <p className="font-medium tabular-nums">{formatKes(lead.value)} / month</p>
      {lead.nextAction ? <p className="text-muted-foreground">Next: {lead.nextAction}</p> : null}
      <div className="flex flex-wrap gap-1">
        {lead.followUpAt ? (
          <Badge tone={overdue ? "danger" : "neutral"}>
            {overdue ? "Overdue: " : "Follow up "}
            {formatDate(lead.followUpAt)}
          </Badge>
        ) : null}
        {!lead.isMine ? <Badge tone="warning">Unassigned, your territory</Badge> : null}
      </div>
    </div>
  );
}

/** A card as the drag overlay shows it under the pointer. */
export function LeadCardPreview({ lead }: { lead: LeadInList }) {
  return (
    <div className="rounded-lg border border-primary bg-surface p-3 shadow-lg">
      <p className="font-semibold">{lead.businessName}</p>
      <CardBody lead={lead} />
    </div>
  );
}

/**
 * One lead on the board. The pointer drags the whole card; the keyboard drags from the handle
 * (Space to pick up, arrows to change column, Space to drop, Escape to cancel), and "Move to…"
 * does the same from a menu. The title links to the lead.
 */
export function LeadCard({
  lead,
  canChange,
  onMove,
}: {
  lead: LeadInList;
  canChange: boolean;
  onMove: (stage: Stage) => void;
}) {
  const draggable = canChange && lead.stage !== "won";
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: lead.id,
    data: { lead },
    disabled: !draggable,
  });
  // dnd-kit types its listeners loosely; these are the two its sensors attach.
  const onPointerDown = listeners?.onPointerDown as PointerEventHandler | undefined;
  const onKeyDown = listeners?.onKeyDown as KeyboardEventHandler | undefined;

  return (
    <li
      ref={setNodeRef}
      onPointerDown={draggable ? onPointerDown : undefined}
      data-testid="lead-card"
      data-lead-id={lead.id}
      className={cn(
        "flex flex-col gap-2 rounded-lg border border-border bg-surface p-3 shadow-xs",
        draggable && "cursor-grab touch-manipulation",
        isDragging && "opacity-40",
      )}
    >
      <div className="flex items-start justify-between gap-2">
        <Link href={leadHref(lead.id)} className="font-semibold text-foreground hover:underline">
          {lead.businessName}
        </Link>
        {draggable ? (
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            onKeyDown={onKeyDown}
            aria-label={`Drag ${lead.businessName}`}
            className="shrink-0 cursor-grab rounded-md p-1 text-muted-foreground hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-primary"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
              <path
                d="M7 4h.01M13 4h.01M7 10h.01M13 10h.01M7 16h.01M13 16h.01"
                stroke="currentColor"
                strokeWidth="3"
                strokeLinecap="round"
              />
            </svg>
          </button>
        ) : null}
      </div>
      <CardBody lead={lead} />
      {draggable ? (
        <div className="flex justify-end">
          <MoveToMenu businessName={lead.businessName} stage={lead.stage} onMove={onMove} />
        </div>
      ) : null}
    </li>
  );
}
