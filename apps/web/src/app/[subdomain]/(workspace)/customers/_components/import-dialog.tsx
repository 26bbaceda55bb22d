"use client";

import { useEffect, useId, useState, type ChangeEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  Label,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  toast,
} from "@aizalo/ui";
import {
  pollWhileUnfinished,
  TaskProgress,
} from "../../../../../components/background-task/task-progress";
import { useTRPC } from "../../../../../trpc/client";
import { formErrorsOf } from "./trpc-errors";

const MAX_BYTES = 5_000_000;
/** More problems than this are counted, not listed: the first ones show what to fix. */
const SHOWN_PROBLEMS = 200;

/**
 * CSV import in two steps: "Check file" validates every row and lists each problem (row,
 * column, what is wrong) without writing anything; "Import" adds all rows in one transaction,
 * or none. Small files are applied during the request; larger ones (over 1,000 rows) are
 * applied by the worker, still in one transaction, while the dialog shows its progress and then
 * the outcome.
 */
export function ImportDialog() {
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const inputId = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const check = useMutation(trpc.tenant.customers.import.mutationOptions());
  const apply = useMutation(trpc.tenant.customers.import.mutationOptions());
  const taskId = apply.data?.status === "queued" ? apply.data.taskId : null;
  const progress = useQuery({
    ...trpc.tenant.customers.importProgress.queryOptions({ id: taskId ?? "" }),
    enabled: taskId !== null,
    refetchInterval: (query) => pollWhileUnfinished(query.state.data),
  });
  const task = taskId ? progress.data : undefined;
  const taskFinished = task?.status === "done" || task?.status === "failed";
  useEffect(() => {
    if (task?.status !== "done") return;
    void queryClient.invalidateQueries({ queryKey: trpc.tenant.customers.pathKey() });
    toast.success(`${task.rowsDone.toLocaleString("en-KE")} customers imported`);
  }, [task?.status, task?.rowsDone, queryClient, trpc]);
  const report = apply.data?.status === "rejected" ? apply.data : check.data;
  const busy = check.isPending || apply.isPending || (taskId !== null && !taskFinished);
  const requestError = formErrorsOf(check.error ?? apply.error)?.formErrors?.[0];

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      setFile(null);
      setFileProblem(null);
      check.reset();
      apply.reset();
    }
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    check.reset();
    apply.reset();
    const chosen = event.target.files?.[0];
    setFile(null);
    setFileProblem(null);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setFileProblem("The file is larger than 5 MB: split it into files of up to 10,000 rows.");
      return;
    }
    const text = await chosen.text();
    setFile({ name: chosen.name, text });
    check.mutate({ csv: text, dryRun: true });
  }

  async function importRows() {
    if (!file) return;
    const result = await apply.mutateAsync({ csv: file.text }).catch(() => null);
    if (result?.status === "imported") {
      await queryClient.invalidateQueries({ queryKey: trpc.tenant.customers.pathKey() });
      toast.success(`${result.rowCount.toLocaleString("en-KE")} customers imported`);
      onOpenChange(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="secondary">Import CSV</Button>
      </DialogTrigger>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>Import customers from a CSV file</DialogTitle>
          <DialogDescription>
            Columns: <code>first_name</code> and <code>phone</code> (required), then any of{" "}
            <code>last_name</code>, <code>email</code>, <code>language</code> (en, sw, sheng),{" "}
            <code>location</code>, <code>tags</code> (separated by ;),{" "}
            <code>acquisition_channel</code>, <code>whatsapp_consent</code>,{" "}
            <code>sms_consent</code>, <code>email_consent</code> (yes/no). Up to 10,000 rows.
            Nothing is added unless every row is right.
          </DialogDescription>
        </DialogHeader>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={inputId}>CSV file</Label>
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            onChange={choose}
            className="text-sm file:mr-3 file:rounded-lg file:border file:border-border file:bg-surface file:px-3 file:py-2 file:text-sm file:font-medium"
          />
        </div>
        <div aria-live="polite" className="flex flex-col gap-3">
          {fileProblem || requestError ? (
            <p role="alert" className="text-sm text-danger">
              {fileProblem ?? requestError}
            </p>
          ) : null}
          {check.isPending ? <p className="text-sm">Checking {file?.name}…</p> : null}
          {apply.isPending ? (
            <p className="flex items-center gap-2 text-sm font-medium" role="status">
              <span
                aria-hidden="true"
                className="size-4 animate-spin rounded-full border-2 border-primary border-t-transparent"
              />
              Importing {check.data?.rowCount.toLocaleString("en-KE")} customers… keep this window
              open.
            </p>
          ) : null}
          {task ? <ImportTaskOutcome task={task} /> : null}
          {report?.status === "ready" && !apply.isPending && !taskId ? (
            <p className="text-sm text-acacia-700">
              All {report.rowCount.toLocaleString("en-KE")} rows are ready to import.
            </p>
          ) : null}
          {report?.status === "rejected" ? <ProblemReport problems={report.problems} /> : null}
        </div>
        <DialogFooter>
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            {taskFinished ? "Close" : "Cancel"}
          </Button>
          <Button
            onClick={importRows}
            disabled={busy || report?.status !== "ready" || taskId !== null}
          >
            {apply.isPending || (taskId !== null && !taskFinished)
              ? "Importing…"
              : report?.status === "ready"
                ? `Import ${report.rowCount.toLocaleString("en-KE")} customers`
                : "Import"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

type ImportTask = Parameters<typeof TaskProgress>[0]["task"] & { result: unknown };

/** A large import's progress while the worker applies it, then what came of it. */
function ImportTaskOutcome({ task }: { task: ImportTask }) {
  const problems = (task.result as { problems?: ProblemRow[] } | null)?.problems;
  return (
    <div className="flex flex-col gap-3">
      <TaskProgress task={task} label="Importing customers" />
      {task.status === "done" ? (
        <p role="status" className="text-sm font-medium text-acacia-700">
          {task.rowsDone.toLocaleString("en-KE")} customers imported.
        </p>
      ) : null}
      {task.status === "failed" && problems?.length ? <ProblemReport problems={problems} /> : null}
    </div>
  );
}

interface ProblemRow {
  row: number;
  column: string;
  problem: string;
}

function ProblemReport({
  problems,
}: {
  problems: readonly { row: number; column: string; problem: string }[];
}) {
  return (
    <div className="flex flex-col gap-2">
      <p role="alert" className="text-sm font-medium text-danger">
        Nothing was imported: fix{" "}
        {problems.length === 1
          ? "this problem"
          : `these ${problems.length.toLocaleString("en-KE")} problems`}{" "}
        in the file and choose it again.
      </p>
      <Table label="Problems in the file">
        <TableHeader>
          <TableRow>
            <TableHead>Row</TableHead>
            <TableHead>Column</TableHead>
            <TableHead>Problem</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
            <TableRow key={`${problem.row}-${problem.column}-${index}`}>
              <TableCell>{problem.row}</TableCell>
              <TableCell>{problem.column || "—"}</TableCell>
              <TableCell className="whitespace-normal">{problem.problem}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {problems.length > SHOWN_PROBLEMS ? (
        <p className="text-sm text-muted-foreground">
          And {(problems.length - SHOWN_PROBLEMS).toLocaleString("en-KE")} more.
        </p>
      ) : null}
    </div>
  );
}
