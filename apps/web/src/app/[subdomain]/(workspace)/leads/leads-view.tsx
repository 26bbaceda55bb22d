"use client";

import { useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  Badge,
  Button,
  EmptyState,
  Label,
  PageHeader,
  Select,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  PageNav,
} from "@aizalo/ui";
import { useTRPC } from "../../../../trpc/client";
import { formatDate, formatMoney, formatPhone } from "../customers/_components/format";
import { LeadBoard } from "./lead-board";
import { LeadActions } from "./lead-actions";
import { LeadFormDialog } from "./lead-form-dialog";
import { STAGE_LABELS, STAGE_TONES, STAGES, type Stage } from "./lead-stages";
import { useMoveLead } from "./move-lead";

type View = "board" | "list";
type Sort = "followUpAt" | "value" | "score" | "createdAt";

export function LeadsView({ canWrite }: { subdomain: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const [view, setView] = useState<View>("board");
  const [assignedTo, setAssignedTo] = useState<string>("");
  const assignees = useQuery(trpc.tenant.leads.assignees.queryOptions());
  const mover = useMoveLead();

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Leads"
        description="Everyone who may buy, from first contact to won or lost."
        actions={canWrite ? <LeadFormDialog trigger={<Button>Add lead</Button>} /> : null}
      />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div
          role="group"
          aria-label="View"
          className="inline-flex rounded-lg border border-border p-1"
        >
          {(["board", "list"] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={view === option}
              onClick={() => setView(option)}
              className={
                view === option
                  ? "rounded-md bg-primary px-3 py-1.5 text-sm font-medium text-primary-foreground"
                  : "rounded-md px-3 py-1.5 text-sm font-medium text-muted-foreground hover:text-foreground"
              }
            >
              {option === "board" ? "Board" : "List"}
            </button>
          ))}
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="lead-assignee">Assigned to</Label>
          <Select
            id="lead-assignee"
            value={assignedTo}
            onChange={(event) => setAssignedTo(event.target.value)}
          >
            <option value="">Anyone</option>
            {(assignees.data ?? []).map((user) => (
              <option key={user.id} value={user.id}>
                {user.fullName}
              </option>
            ))}
          </Select>
        </div>
      </div>
      {view === "board" ? (
        <BoardView assignedTo={assignedTo} canWrite={canWrite} onMove={mover.request} />
      ) : (
        <ListView assignedTo={assignedTo} canWrite={canWrite} onMove={mover.request} />
      )}
      {mover.dialog}
    </div>
  );
}

function BoardView({
  assignedTo,
  canWrite,
  onMove,
}: {
  assignedTo: string;
  canWrite: boolean;
  onMove: ReturnType<typeof useMoveLead>["request"];
}) {
  const trpc = useTRPC();
  const board = useQuery({
    ...trpc.tenant.leads.board.queryOptions(assignedTo ? { assignedTo } : {}),
    placeholderData: keepPreviousData,
  });
  if (board.isError)
    return <p role="alert">The pipeline could not be loaded. Reload to try again.</p>;
  if (!board.data) return <Skeleton className="h-96 w-full" />;
  return (
    <LeadBoard
      columns={board.data.columns}
      currency={board.data.currency}
      canWrite={canWrite}
      onMove={onMove}
    />
  );
}

function ListView({
  assignedTo,
  canWrite,
  onMove,
}: {
  assignedTo: string;
  canWrite: boolean;
  onMove: ReturnType<typeof useMoveLead>["request"];
}) {
  const trpc = useTRPC();
  const [stage, setStage] = useState<Stage | "">("");
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [sort, setSort] = useState<{ by: Sort; direction: "asc" | "desc" }>({
    by: "followUpAt",
    direction: "asc",
  });
  const [page, setPage] = useState(1);
  const list = useQuery({
    ...trpc.tenant.leads.list.queryOptions({
      ...(stage && { stage }),
      ...(assignedTo && { assignedTo }),
      ...(overdueOnly && { overdueOnly }),
      sort: sort.by,
      direction: sort.direction,
      page,
      pageSize: 25,
    }),
    placeholderData: keepPreviousData,
  });

  function sortBy(by: Sort) {
    setSort((current) => ({
      by,
      direction: current.by === by && current.direction === "asc" ? "desc" : "asc",
    }));
    setPage(1);
  }

  const data = list.data;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="lead-stage">Stage</Label>
          <Select
            id="lead-stage"
            value={stage}
            onChange={(event) => {
              setStage(event.target.value as Stage | "");
              setPage(1);
            }}
          >
            <option value="">Any</option>
            {STAGES.map((option) => (
              <option key={option} value={option}>
                {STAGE_LABELS[option]}
              </option>
            ))}
          </Select>
        </div>
        <label className="flex h-10 items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={overdueOnly}
            onChange={(event) => {
              setOverdueOnly(event.target.checked);
              setPage(1);
            }}
            className="size-4"
          />
          Overdue follow-ups only
        </label>
      </div>
      {list.isError ? (
        <p role="alert">The leads could not be loaded. Reload to try again.</p>
      ) : !data ? (
        <Skeleton className="h-64 w-full" />
      ) : data.total === 0 ? (
        <EmptyState title="No leads here" description="Change the filters, or add a lead." />
      ) : (
        <>
          <Table label="Leads">
            <TableHeader>
              <TableRow>
                <TableHead>Lead</TableHead>
                <TableHead>Stage</TableHead>
                <SortHead label="Value" by="value" sort={sort} onSort={sortBy} />
                <SortHead label="Score" by="score" sort={sort} onSort={sortBy} />
                <TableHead>Probability</TableHead>
                <TableHead>Assigned to</TableHead>
                <SortHead label="Follow up" by="followUpAt" sort={sort} onSort={sortBy} />
                {canWrite ? <TableHead>Actions</TableHead> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.rows.map((lead) => (
                <TableRow key={lead.id} className={lead.overdue ? "bg-danger/5" : undefined}>
                  <TableCell>
                    <span className="font-medium">{lead.contactName}</span>
                    {lead.phone ? (
                      <span className="block text-xs text-muted-foreground">
                        {formatPhone(lead.phone)}
                      </span>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    <Badge tone={STAGE_TONES[lead.stage]}>{STAGE_LABELS[lead.stage]}</Badge>
                  </TableCell>
                  <TableCell>{formatMoney(lead.value, data.currency)}</TableCell>
                  <TableCell>{lead.score}</TableCell>
                  <TableCell>{lead.probability === null ? "—" : `${lead.probability}%`}</TableCell>
                  <TableCell>{lead.assigneeName ?? "—"}</TableCell>
                  <TableCell>
                    {lead.stage === "won" ? (
                      <span className="text-acacia-700">Won {formatDate(lead.convertedAt)}</span>
                    ) : lead.overdue ? (
                      <span className="font-medium text-danger">
                        Overdue: {formatDate(lead.followUpAt)}
                      </span>
                    ) : (
                      formatDate(lead.followUpAt)
                    )}
                  </TableCell>
                  {canWrite ? (
                    <TableCell>
                      <LeadActions lead={lead} idPrefix="list-move" onMove={onMove} />
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <PageNav
            page={data.page}
            pageCount={data.pageCount}
            total={data.total}
            noun="leads"
            onPage={setPage}
          />
        </>
      )}
    </div>
  );
}

function SortHead({
  label,
  by,
  sort,
  onSort,
}: {
  label: string;
  by: Sort;
  sort: { by: Sort; direction: "asc" | "desc" };
  onSort: (by: Sort) => void;
}) {
  const active = sort.by === by;
  return (
    <TableHead
      aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}
    >
      <button
        type="button"
        onClick={() => onSort(by)}
        className="inline-flex items-center gap-1 font-medium"
      >
        {label}
        <span aria-hidden="true">{active ? (sort.direction === "asc" ? "↑" : "↓") : "↕"}</span>
      </button>
    </TableHead>
  );
}
