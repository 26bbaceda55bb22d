import Papa from "papaparse";
import { reportProgress, finishTask } from "../background-tasks/task-progress";
import { TaskFailure, type StartedTask, type TaskRun } from "../background-tasks/task-run";
import { countRows, EXPORT_DATASETS, readPage, type ExportDataset } from "./export-datasets";
import { ZipArchive, type ArchiveEntry } from "./zip-archive";

/** Rows read per unit of work: short transactions, and progress that moves. */
const PAGE_SIZE = 2_000;

const README = `This archive holds all of your business's data in Aizalo, as it was when the export ran.
Each table comes twice: as CSV (opens in a spreadsheet) and as JSON (for other software).
Dates are in UTC. Passwords and sign-in secrets are never exported.
`;

/**
 * Builds the export archive of one business: every dataset read in pages (each page its own
 * short unit of work, confined to the task's tenant), progress recorded after each page, and
 * the archive stored with the task marked done in one last unit of work. The person who asked
 * must still be the business's owner when it runs.
 */
export async function runTenantExport(run: TaskRun, task: StartedTask): Promise<void> {
  const { subdomain, totals } = await run.runUnitOfWork(async (db) => {
    const owner = await db.tenantUser.findFirst({
      where: { id: task.requestedBy, role: "owner", isActive: true },
      select: { id: true },
    });
    if (!owner) {
      throw new TaskFailure(
        "Only the business's owner can export all of its data, and the person who asked is no longer its owner.",
      );
    }
    const tenant = await db.tenant.findFirst({
      where: { id: task.tenantId },
      select: { subdomain: true },
    });
    const counts: number[] = [];
    for (const dataset of EXPORT_DATASETS) counts.push(await countRows(db, dataset, task.tenantId));
    return { subdomain: tenant?.subdomain ?? "business", totals: counts };
  });
  const rowsTotal = totals.reduce((sum, n) => sum + n, 0);
  await reportProgress(run, task.id, 0, rowsTotal);

  const archive = new ZipArchive();
  const readme = archive.open("README.txt");
  readme.write(README);
  readme.close();
  const rowCounts: Record<string, number> = {};
  let rowsDone = 0;
  for (const dataset of EXPORT_DATASETS) {
    const written = await writeDataset(run, archive, dataset, task.tenantId, async (n) => {
      rowsDone += n;
      await reportProgress(run, task.id, rowsDone, Math.max(rowsTotal, rowsDone));
    });
    rowCounts[dataset.file] = written;
  }
  const content = archive.finish();
  const fileName = `${subdomain}-export-${new Date().toISOString().slice(0, 10)}.zip`;
  await run.runUnitOfWork(async (db) => {
    await db.backgroundTaskFile.createMany({
      data: [{ tenantId: task.tenantId, taskId: task.id, purpose: "archive", content }],
    });
    await finishTask(db, task.id, { fileName, byteSize: content.length, rowCounts }, rowsDone);
  });
  run.log.info({ taskId: task.id, rows: rowsDone, bytes: content.length }, "export ready");
}

async function writeDataset(
  run: TaskRun,
  archive: ZipArchive,
  dataset: ExportDataset,
  tenantId: string,
  onPage: (rows: number) => Promise<void>,
): Promise<number> {
  const csv = archive.open(`${dataset.file}.csv`);
  const json = archive.open(`${dataset.file}.json`);
  json.write("[");
  let cursor: string | null = null;
  let columns: string[] | null = null;
  let written = 0;
  for (;;) {
    const page = await run.runUnitOfWork((db) =>
      readPage(db, dataset, tenantId, cursor, PAGE_SIZE),
    );
    if (page.rows.length === 0) break;
    columns ??= writeHeader(csv, page.rows[0] ?? {});
    writeCsvRows(csv, columns, page.rows);
    for (const row of page.rows) {
      json.write(`${written === 0 ? "\n" : ",\n"}${JSON.stringify(row)}`);
      written += 1;
    }
    cursor = page.cursor;
    await onPage(page.rows.length);
    if (page.rows.length < PAGE_SIZE) break;
  }
  json.write(written === 0 ? "]\n" : "\n]\n");
  csv.close();
  json.close();
  return written;
}

function writeHeader(csv: ArchiveEntry, row: Record<string, unknown>): string[] {
  const columns = Object.keys(row);
  csv.write(`${Papa.unparse([columns])}\r\n`);
  return columns;
}

/** Lists and objects become JSON in their cell; formulas are escaped for spreadsheets. */
function writeCsvRows(csv: ArchiveEntry, columns: string[], rows: Record<string, unknown>[]) {
  const cells = rows.map((row) =>
    columns.map((column) => {
      const value = row[column];
      if (value === null || value === undefined) return "";
      return typeof value === "object" ? JSON.stringify(value) : String(value);
    }),
  );
  csv.write(`${Papa.unparse(cells, { escapeFormulae: true })}\r\n`);
}
