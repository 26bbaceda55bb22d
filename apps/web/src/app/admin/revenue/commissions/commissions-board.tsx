"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import {
  Badge,
  Button,
  DataTable,
  EmptyState,
  FormErrors,
  FormField,
  Input,
  KpiCard,
  Label,
  Select,
  buttonVariants,
  formatKes,
  toast,
  type DataTableColumn,
  type FlattenedErrors,
} from "@aizalo/ui";
import { useTRPC } from "../../../../trpc/client";
import { ActionDialog } from "../../tenants/[id]/action-dialog";
import { formErrorsOf } from "../../tenants/form-errors";
import { formatWhen } from "../../tenants/tenant-labels";
import {
  COMMISSION_STATUS_LABELS,
  COMMISSION_STATUS_TONES,
  MONTH_PATTERN,
  REVENUE_TYPE_LABELS,
  monthOptions,
  nairobiMonth,
  type CommissionStatusKey,
} from "../money-labels";

const PAGE_SIZE = 25;
type Money = { toFixed(digits: number): string };
const money = (amount: Money) => formatKes(amount.toFixed(2), { cents: "always" });

interface Row {
  id: string;
  kind: "earned" | "refund";
  amount: Money;
  rate: Money;
  status: CommissionStatusKey;
  approvedAt: Date | null;
  paidAt: Date | null;
  payoutReference: string | null;
  businessName: string | null;
  salesRep: { fullName: string };
  approvedByUser: { fullName: string } | null;
  paidByUser: { fullName: string } | null;
  revenue: { amount: Money; type: keyof typeof REVENUE_TYPE_LABELS; paidAt: Date };
}

/** Commissions with filters in the URL, totals by status, and approve / mark paid (one or many). */
export function CommissionsBoard({ canPay }: { canPay: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const get = (key: string) => searchParams.get(key) ?? "";
  const status = (["pending", "approved", "paid"] as const).find(
    (value) => value === get("status"),
  );
  const month = MONTH_PATTERN.test(get("month")) ? get("month") : "";
  const rep = get("rep");
  const page = Math.max(1, Number(get("page")) || 1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<FlattenedErrors | null>(null);

  const filters = useMemo(
    () => ({
      ...(rep ? { salesRepId: rep } : {}),
      ...(status ? { status } : {}),
      ...(month ? { month } : {}),
    }),
    [rep, status, month],
  );
  const list = useQuery(
    trpc.admin.commissions.list.queryOptions(
      { ...filters, page, pageSize: PAGE_SIZE },
      { placeholderData: keepPreviousData },
    ),
  );
  const team = useQuery(trpc.admin.salesTeam.list.queryOptions());
  const approve = useMutation(trpc.admin.commissions.approve.mutationOptions());
  const markPaid = useMutation(trpc.admin.commissions.markPaid.mutationOptions());
  const rows = (list.data?.rows ?? []) as Row[];

  const go = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!("page" in changes)) next.delete("page");
    setSelected(new Set());
    const query = next.toString();
    router.replace(`${pathname}${query ? `?${query}` : ""}` as Route, { scroll: false });
  };
  const refresh = async () => {
    setSelected(new Set());
    await queryClient.invalidateQueries({ queryKey: trpc.admin.commissions.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.admin.revenue.pathKey() });
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const chosen = rows.filter((row) => selected.has(row.id));

  const runApprove = async (ids: string[]) => {
    setErrors(null);
    try {
      const result = await approve.mutateAsync({ ids });
      toast.success(`${result.approved} commission${result.approved === 1 ? "" : "s"} approved.`);
      await refresh();
    } catch (error) {
      setErrors(formErrorsOf(error));
    }
  };
  const runPay = async (ids: string[], form: FormData) => {
    setErrors(null);
    try {
      const result = await markPaid.mutateAsync({
        ids,
        payoutReference: String(form.get("payoutReference") ?? ""),
      });
      toast.success(
        result.payouts
          .map((payout) => `${payout.fullName}: ${money(payout.total)} paid`)
          .join("; "),
      );
      await refresh();
      return true;
    } catch (error) {
      setErrors(formErrorsOf(error));
      return false;
    }
  };

  const columns: DataTableColumn<Row>[] = [
    ...(canPay
      ? [
          {
            id: "select",
            header: "Select",
            cell: (row: Row) =>
              row.status === "paid" ? null : (
                <input
                  type="checkbox"
                  className="size-5 accent-primary"
                  aria-label={`Select ${row.salesRep.fullName}'s commission on ${row.businessName ?? "a business"}, ${money(row.amount)}`}
                  checked={selected.has(row.id)}
                  onChange={(event) => toggle(row.id, event.target.checked)}
                />
              ),
          },
        ]
      : []),
    { id: "paidAt", header: "Payment", cell: (row) => formatWhen(row.revenue.paidAt, false) },
    { id: "rep", header: "Sales rep", cell: (row) => row.salesRep.fullName },
    { id: "business", header: "Business", cell: (row) => row.businessName ?? "—" },
    {
      id: "type",
      header: "For",
      cell: (row) => (
        <span className="flex gap-1">
          {REVENUE_TYPE_LABELS[row.revenue.type]}
          {row.kind === "refund" ? <Badge tone="danger">Refund</Badge> : null}
        </span>
      ),
    },
    {
      id: "payment",
      header: "Payment",
      align: "end",
      cell: (row) => <span className="tabular-nums">{money(row.revenue.amount)}</span>,
    },
    {
      id: "rate",
      header: "Rate",
      align: "end",
      cell: (row) => <span className="tabular-nums">{row.rate.toFixed(2)}%</span>,
    },
    {
      id: "amount",
      header: "Commission",
      align: "end",
      cell: (row) => <span className="font-medium tabular-nums">{money(row.amount)}</span>,
    },
    {
      id: "status",
      header: "Status",
      cell: (row) => (
        <span className="flex flex-col items-end gap-0.5 sm:items-start">
          <Badge tone={COMMISSION_STATUS_TONES[row.status]}>
            {COMMISSION_STATUS_LABELS[row.status]}
          </Badge>
          <span className="text-xs text-muted-foreground">
            {row.status === "paid"
              ? `${formatWhen(row.paidAt, false)} by ${row.paidByUser?.fullName ?? "—"}${row.payoutReference ? ` · ${row.payoutReference}` : ""}`
              : row.status === "approved"
                ? `${formatWhen(row.approvedAt, false)} by ${row.approvedByUser?.fullName ?? "—"}`
                : ""}
          </span>
        </span>
      ),
    },
    ...(canPay
      ? [
          {
            id: "actions",
            header: "Actions",
            cell: (row: Row) =>
              row.status === "pending" ? (
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={approve.isPending}
                  onClick={() => void runApprove([row.id])}
                  aria-label={`Approve ${row.salesRep.fullName}'s commission of ${money(row.amount)}`}
                >
                  Approve
                </Button>
              ) : row.status === "approved" ? (
                <PayDialog
                  label={`Mark ${row.salesRep.fullName}'s commission of ${money(row.amount)} paid`}
                  trigger="Mark paid"
                  errors={errors}
                  pending={markPaid.isPending}
                  onSubmit={(form) => runPay([row.id], form)}
                />
              ) : null,
          },
        ]
      : []),
  ];

  const totals = list.data?.totals;
  const reps = (team.data ?? []).filter((person) => person.role === "sales");
  const exportQuery = new URLSearchParams({
    ...(rep ? { rep } : {}),
    ...(status ? { status } : {}),
    ...(month ? { month } : {}),
  }).toString();

  return (
    <div className="flex flex-col gap-4">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {(["pending", "approved", "paid"] as const).map((key) => (
          <KpiCard
            key={key}
            label={COMMISSION_STATUS_LABELS[key]}
            value={totals ? money(totals[key]) : "…"}
            hint="for the rep and month chosen"
          />
        ))}
      </div>

      <div className="flex flex-col gap-3 md:flex-row md:items-end md:justify-between">
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="commission-rep">Sales rep</Label>
            <Select
              id="commission-rep"
              value={rep}
              onChange={(event) => go({ rep: event.target.value })}
            >
              <option value="">All reps</option>
              {reps.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.fullName}
                  {person.isActive ? "" : " (inactive)"}
                </option>
              ))}
            </Select>
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="commission-status">Status</Label>
            <Select
              id="commission-status"
              value={status ?? ""}
              onChange={(event) => go({ status: event.target.value })}
            >
              <option value="">Any status</option>
              {(["pending", "approved", "paid"] as const).map((key) => (
                <option key={key} value={key}>
                  {COMMISSION_STATUS_LABELS[key]}
                </option>
              ))}
            </Select>
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="commission-month">Month of payment</Label>
            <Select
              id="commission-month"
              value={month}
              onChange={(event) => go({ month: event.target.value })}
            >
              <option value="">Any month</option>
              {monthOptions(nairobiMonth(new Date())).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          </div>
        </div>
        <a
          href={`/api/admin/export/commissions${exportQuery ? `?${exportQuery}` : ""}`}
          className={buttonVariants({ variant: "secondary" })}
          download
        >
          Export commissions CSV
        </a>
      </div>

      {canPay ? (
        <div
          role="group"
          aria-label="Selected commissions"
          className="flex flex-wrap items-center gap-2 rounded-lg border border-border bg-surface-muted px-3 py-2"
        >
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-5 accent-primary"
              checked={
                rows.some((row) => row.status !== "paid") &&
                rows.every((row) => row.status === "paid" || selected.has(row.id))
              }
              onChange={(event) =>
                setSelected(
                  new Set(
                    event.target.checked
                      ? rows.filter((row) => row.status !== "paid").map((row) => row.id)
                      : [],
                  ),
                )
              }
            />
            Select all unpaid on this page
          </label>
          <span className="text-sm text-muted-foreground" aria-live="polite">
            {chosen.length} selected
          </span>
          <Button
            size="sm"
            variant="secondary"
            disabled={chosen.length === 0 || approve.isPending}
            onClick={() => void runApprove(chosen.map((row) => row.id))}
          >
            Approve selected
          </Button>
          <PayDialog
            label="Mark the selected commissions paid"
            trigger="Mark selected paid"
            disabled={chosen.length === 0}
            errors={errors}
            pending={markPaid.isPending}
            onSubmit={(form) =>
              runPay(
                chosen.map((row) => row.id),
                form,
              )
            }
          />
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">
          Approving and paying commissions is for the platform owner.
        </p>
      )}
      <FormErrors errors={errors} />

      <DataTable
        label="Commissions"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={PAGE_SIZE}
        sort={null}
        onSortChange={() => undefined}
        onPageChange={(next) => go({ page: String(next) })}
        loading={list.isLoading}
        refreshing={list.isFetching && !list.isLoading}
        empty={
          <EmptyState
            title="No commissions"
            description="None match these filters. Recording a payment creates its rep's commission."
          />
        }
      />
    </div>
  );
}

/** Marking paid asks for the payout's reference (optional), then nets refunds in. */
function PayDialog(props: {
  label: string;
  trigger: string;
  disabled?: boolean;
  errors: FlattenedErrors | null;
  pending: boolean;
  onSubmit: (form: FormData) => Promise<boolean>;
}) {
  return (
    <ActionDialog
      trigger={props.trigger}
      disabled={props.disabled ?? false}
      title={props.label}
      description="Approved refunds of the same reps are deducted from this payout."
      submitLabel="Mark paid"
      errors={props.errors}
      pending={props.pending}
      onSubmit={props.onSubmit}
    >
      <FormField
        name="payoutReference"
        label="Payout reference"
        description="The M-Pesa or bank reference of the payout, if any."
        errors={props.errors}
      >
        <Input autoComplete="off" />
      </FormField>
    </ActionDialog>
  );
}
