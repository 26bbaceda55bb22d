"use client";

import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import { CSS } from "@dnd-kit/utilities";
import { Badge, cn } from "@aizalo/ui";
import { formatDate, formatMoney } from "../customers/_components/format";
import { LeadActions } from "./lead-actions";
import { STAGE_LABELS, type Stage } from "./lead-stages";
import type { PendingMove } from "./move-lead";

export interface BoardLead {
  id: string;
  contactName: string;
  phone: string | null;
  email: string | null;
  stage: Stage;
  score: number;
  value: string | null;
  probability: number | null;
  assignedTo: string | null;
  assigneeName: string | null;
  followUpAt: Date | null;
  overdue: boolean;
  notes: string | null;
  convertedAt: Date | null;
}

export interface BoardColumn {
  stage: Stage;
  count: number;
  value: string;
  leads: BoardLead[];
}

/**
 * The pipeline as columns. Cards drag between columns (pointer, or keyboard: focus the handle,
 * Space, arrows, Space); every card also has a "Move to" list, the quickest way by keyboard or
 * on a phone.
 */
export function LeadBoard({
  columns,
  currency,
  canWrite,
  onMove,
}: {
  columns: BoardColumn[];
  currency: string;
  canWrite: boolean;
  onMove: (move: PendingMove) => void;
}) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor),
  );

  function onDragEnd(event: DragEndEvent) {
    const lead = event.active.data.current as BoardLead | undefined;
    const stage = event.over?.id as Stage | undefined;
    if (!lead || !stage || stage === lead.stage) return;
    onMove({ id: lead.id, contactName: lead.contactName, stage, value: lead.value });
  }

  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      <div
        role="region"
        aria-label="Pipeline board"
        tabIndex={0}
        className="relative -mx-4 flex snap-x gap-3 overflow-x-auto px-4 pb-2"
      >
        {columns.map((column) => (
          <StageColumn key={column.stage} column={column} currency={currency}>
            {column.leads.map((lead) => (
              <LeadCard
                key={lead.id}
                lead={lead}
                currency={currency}
                canWrite={canWrite}
                onMove={onMove}
              />
            ))}
          </StageColumn>
        ))}
      </div>
    </DndContext>
  );
}

function StageColumn({
  column,
  currency,
  children,
}: {
  column: BoardColumn;
  currency: string;
  children: React.ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const headingId = `stage-${column.stage}`;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      className={cn(
        "flex w-72 shrink-0 snap-start flex-col gap-2 rounded-xl border border-border bg-surface-muted/50 p-3",
        isOver && "border-primary bg-primary/5",
      )}
    >
      <header className="flex items-baseline justify-between gap-2">
        <h2 id={headingId} className="font-semibold">
          {STAGE_LABELS[column.stage]}{" "}
          <span className="text-muted-foreground">({column.count})</span>
        </h2>
        <span className="text-xs text-muted-foreground">{formatMoney(column.value, currency)}</span>
      </header>
      <ul className="flex flex-col gap-2">{children}</ul>
      {column.count > column.leads.length ? (
        <p className="text-xs text-muted-foreground">
          Showing {column.leads.length} of {column.count}; the list view has them all.
        </p>
      ) : null}
    </section>
  );
}

function LeadCard({
  lead,
  currency,
  canWrite,
  onMove,
}: {
  lead: BoardLead;
  currency: string;
  canWrite: boolean;
  onMove: (move: PendingMove) => void;
}) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: lead.id,
    data: lead,
    disabled: !canWrite,
  });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform) }}
      className={cn(
        "flex flex-col gap-2 rounded-lg border bg-surface p-3 text-sm shadow-sm",
        lead.overdue ? "border-danger/60" : "border-border",
        isDragging && "z-10 opacity-80 shadow-lg",
      )}
    >
      <div className="flex items-start justify-between gap-2">
        <span className="font-medium">{lead.contactName}</span>
        {canWrite ? (
          <button
            type="button"
            className="cursor-grab rounded px-1 text-muted-foreground hover:bg-surface-muted"
            aria-label={`Drag ${lead.contactName} to another stage`}
            {...attributes}
            {...listeners}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-2 text-muted-foreground">
        <span>{formatMoney(lead.value, currency)}</span>
        <Badge>Score {lead.score}</Badge>
        {lead.probability !== null ? <span>{lead.probability}%</span> : null}
      </div>
      {lead.stage === "won" && lead.convertedAt ? (
        <span className="text-acacia-700">Won {formatDate(lead.convertedAt)}</span>
      ) : lead.followUpAt ? (
        <span className={lead.overdue ? "font-medium text-danger" : "text-muted-foreground"}>
          {lead.overdue ? "Overdue: " : "Follow up "}
          {formatDate(lead.followUpAt)}
        </span>
      ) : null}
      {lead.assigneeName ? (
        <span className="text-muted-foreground">{lead.assigneeName}</span>
      ) : null}
      {canWrite ? <LeadActions lead={lead} idPrefix="move" onMove={onMove} /> : null}
    </li>
  );
}
