"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import {
  EmptyState,
  Input,
  Label,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  formatKes,
  formatPercent,
} from "@aizalo/ui";
import { useTRPC } from "../../../trpc/client";
import { nairobiInputValue } from "../../../lib/nairobi-time";
import { monthOptions, nairobiMonth } from "../revenue/money-labels";

type Kind = "month" | "quarter" | "custom";

/**
 * The team's leaderboard for a month, a quarter or a custom range (Nairobi days). Revenue is
 * net of refunds; conversion is the share of the rep's leads created in the period that are
 * won; ties rank by deals won, commissions, then name.
 */
export function LeaderboardSection() {
  const trpc = useTRPC();
  const today = nairobiInputValue(new Date()).slice(0, 10);
  const thisMonth = nairobiMonth(new Date());
  const [kind, setKind] = useState<Kind>("month");
  const [month, setMonth] = useState(thisMonth);
  const [year, setYear] = useState(Number(thisMonth.slice(0, 4)));
  const [quarter, setQuarter] = useState<1 | 2 | 3 | 4>(
    (Math.floor((Number(thisMonth.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4,
  );
  const [from, setFrom] = useState(`${thisMonth}-01`);
  const [to, setTo] = useState(today);

  const period =
    kind === "month"
      ? { kind, month }
      : kind === "quarter"
        ? { kind, year, quarter }
        : { kind, from, to };
  const validCustom = kind !== "custom" || (from !== "" && to !== "" && from <= to);
  const board = useQuery({
    ...trpc.admin.salesTeam.leaderboard.queryOptions(
      { period },
      { placeholderData: keepPreviousData },
    ),
    enabled: validCustom,
  });
  const years = Array.from({ length: 4 }, (_, back) => Number(thisMonth.slice(0, 4)) - back);

  return (
    <section aria-labelledby="leaderboard-title" className="flex flex-col gap-3">
      <h2 id="leaderboard-title" className="text-lg font-semibold">
        Leaderboard
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="board-kind">Period</Label>
          <Select
            id="board-kind"
            value={kind}
            onChange={(event) => setKind(event.target.value as Kind)}
          >
            <option value="month">Month</option>
            <option value="quarter">Quarter</option>
            <option value="custom">Custom dates</option>
          </Select>
        </div>
        {kind === "month" ? (
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="board-month">Month</Label>
            <Select
              id="board-month"
              value={month}
              onChange={(event) => setMonth(event.target.value)}
            >
              {monthOptions(thisMonth, 24).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          </div>
        ) : null}
        {kind === "quarter" ? (
          <>
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="board-year">Year</Label>
              <Select
                id="board-year"
                value={year}
                onChange={(event) => setYear(Number(event.target.value))}
              >
                {years.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </Select>
            </div>
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="board-quarter">Quarter</Label>
              <Select
                id="board-quarter"
                value={quarter}
                onChange={(event) => setQuarter(Number(event.target.value) as 1 | 2 | 3 | 4)}
              >
                {[1, 2, 3, 4].map((option) => (
                  <option key={option} value={option}>
                    Q{option}
                  </option>
                ))}
              </Select>
            </div>
          </>
        ) : null}
        {kind === "custom" ? (
          <>
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="board-from">From</Label>
              <Input
                id="board-from"
                type="date"
                value={from}
                onChange={(event) => setFrom(event.target.value)}
              />
            </div>
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="board-to">To (included)</Label>
              <Input
                id="board-to"
                type="date"
                value={to}
                onChange={(event) => setTo(event.target.value)}
              />
            </div>
          </>
        ) : null}
      </div>
      {!validCustom ? (
        <p role="alert" className="text-sm text-danger">
          Choose a start date on or before the end date.
        </p>
      ) : board.data?.length === 0 ? (
        <EmptyState
          title="No sales reps"
          description="Nobody sold in this period and no rep is active."
        />
      ) : (
        <div className="relative overflow-x-auto">
          <Table label="Sales leaderboard">
            <TableHeader>
              <TableRow>
                <TableHead>Rank</TableHead>
                <TableHead>Sales rep</TableHead>
                <TableHead className="text-right">Revenue</TableHead>
                <TableHead className="text-right">Deals won</TableHead>
                <TableHead className="text-right">Conversion</TableHead>
                <TableHead className="text-right">Commissions</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {(board.data ?? []).map((line) => (
                <TableRow key={line.salesRepId}>
                  <TableCell className="tabular-nums">{line.rank}</TableCell>
                  <TableCell className="font-medium">
                    {line.fullName}
                    {line.isActive ? "" : " (inactive)"}
                  </TableCell>
                  <TableCell className="text-right tabular-nums whitespace-nowrap">
                    {formatKes(line.revenue.toFixed(2))}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{line.dealsWon}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    {line.conversionRate === null
                      ? "—"
                      : `${formatPercent(line.conversionRate)} of ${line.leads}`}
                  </TableCell>
                  <TableCell className="text-right tabular-nums whitespace-nowrap">
                    {formatKes(line.commissions.toFixed(2))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
