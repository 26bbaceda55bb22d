"use client";

import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from "@dnd-kit/core";
import { cn } from "@aizalo/ui";
import { useState } from "react";
import type { LeadInList } from "./api-types";
import { formatKes, STAGE_LABELS, sumKes, STAGES, type Stage } from "./formatting";
import { LeadCard, LeadCardPreview } from "./lead-card";

const columnId = (stage: Stage) => `stage:${stage}`;
const stageOf = (id: unknown): Stage | null => {
  const stage = String(id).replace(/^stage:/, "");
  return (STAGES as readonly string[]).includes(stage) ? (stage as Stage) : null;
};
const leadOf = (data: unknown) => (data as { lead?: LeadInList } | undefined)?.lead;

/**
 * Arrow keys jump a picked-up card a whole column (right/down: the next stage, left/up: the one
 * before) instead of nudging it a few pixels.
 */
const jumpColumns: KeyboardCoordinateGetter = (event, { active, context, currentCoordinates }) => {
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.code];
  if (!step) return undefined;
  event.preventDefault();
  const from =
    stageOf(context.over?.id) ?? leadOf(context.draggableNodes.get(active)?.data.current)?.stage;
  if (!from) return undefined;
  const target = STAGES[STAGES.indexOf(from) + step];
  const rect = target ? context.droppableRects.get(columnId(target)) : undefined;
  // Columns sit side by side and stretch to one height: only x changes, so when the target is
  // off screen the sensor scrolls the board to it instead.
  return rect ? { x: rect.left + 8, y: currentCoordinates.y } : undefined;
};

/** The pointer's column when there is a pointer; the card's overlap when the keyboard moves it. */
const collision: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args);

function describe(active: { data: { current?: unknown } }, overId: unknown, verb: string) {
  const lead = leadOf(active.data.current);
  const stage = stageOf(overId);
  if (!lead) return undefined;
  return stage ? `${lead.businessName} ${verb} ${STAGE_LABELS[stage]}.` : undefined;
}

const announcements: Announcements = {
  onDragStart: ({ active }) => {
    const lead = leadOf(active.data.current);
    return lead
      ? `Picked up ${lead.businessName}, in ${STAGE_LABELS[lead.stage]}. Use the arrow keys to choose a stage, Space to drop, Escape to cancel.`
      : undefined;
  },
  onDragOver: ({ active, over }) => describe(active, over?.id, "is over"),
  onDragEnd: ({ active, over }) => describe(active, over?.id, "dropped on"),
  onDragCancel: ({ active }) => {
    const lead = leadOf(active.data.current);
    return lead ? `${lead.businessName} was not moved.` : undefined;
  },
};

function Column({
  stage,
  leads,
  canChange,
  onMove,
}: {
  stage: Stage;
  leads: LeadInList[];
  canChange: boolean;
  onMove: (lead: LeadInList, stage: Stage) => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: columnId(stage) });
  const headingId = `stage-${stage}-heading`;
  const total = sumKes(leads.map((lead) => lead.value));
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-testid={`stage-${stage}`}
      className={cn(
        "flex min-h-40 flex-col gap-3 rounded-xl border border-border bg-surface-muted/60 p-3",
        isOver && "border-primary bg-primary/5",
      )}
    >
      <header className="flex items-baseline justify-between gap-2">
        <h2 id={headingId} className="font-semibold">
          {STAGE_LABELS[stage]} <span className="text-muted-foreground">({leads.length})</span>
        </h2>
        <span className="text-xs whitespace-nowrap text-muted-foreground tabular-nums">
          {formatKes(total)}
        </span>
      </header>
      <ul className="flex flex-col gap-2">
        {leads.map((lead) => (
          <LeadCard
            key={lead.id}
            lead={lead}
            canChange={canChange}
            onMove={(target) => onMove(lead, target)}
          />
        ))}
      </ul>
    </section>
  );
}

/** The pipeline as a kanban: one column per stage, cards dragged between them. */
export function LeadsBoard({
  leads,
  canChange,
  onMove,
}: {
  leads: LeadInList[];
  canChange: boolean;
  onMove: (lead: LeadInList, stage: Stage) => void;
}) {
  const [dragged, setDragged] = useState<LeadInList | null>(null);
  const sensors = useSensors(
    // A click on the card's link or menu is not a drag: the pointer must travel first.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    // Instant scrolling: a smooth scroll would still be running when Space drops the card.
    useSensor(KeyboardSensor, { coordinateGetter: jumpColumns, scrollBehavior: "auto" }),
  );

  function dropped(event: DragEndEvent) {
    setDragged(null);
    const lead = leadOf(event.active.data.current);
    const stage = stageOf(event.over?.id);
    if (lead && stage && stage !== lead.stage) onMove(lead, stage);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            "To move a lead, press Space to pick it up, the arrow keys to choose a stage, and Space again to drop it. Escape cancels.",
        },
      }}
      onDragStart={(event) => setDragged(leadOf(event.active.data.current) ?? null)}
      onDragCancel={() => setDragged(null)}
      onDragEnd={dropped}
    >
      <div className="relative -mx-1 overflow-x-auto px-1 pb-2">
        <div className="grid auto-cols-[minmax(15rem,1fr)] grid-flow-col gap-3">
          {STAGES.map((stage) => (
            <Column
              key={stage}
              stage={stage}
              leads={leads.filter((lead) => lead.stage === stage)}
              canChange={canChange}
              onMove={onMove}
            />
          ))}
        </div>
      </div>
      <DragOverlay>{dragged ? <LeadCardPreview lead={dragged} /> : null}</DragOverlay>
    </DndContext>
  );
}
