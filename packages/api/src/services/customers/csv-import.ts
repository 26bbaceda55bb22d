import { Prisma, type ScopedDb } from "@aizalo/db";
import Papa from "papaparse";
import { z } from "zod";
import { CONSENT_CHANNELS, customerFields, type CustomerFields } from "./customer-fields";

export const MAX_IMPORT_ROWS = 10_000;
/** About 10,000 full rows; refused before parsing when larger. */
export const MAX_IMPORT_BYTES = 5_000_000;

export const importCustomersInput = z.object({
  csv: z
    .string()
    .min(1, "Choose a CSV file.")
    .max(MAX_IMPORT_BYTES, "The file is larger than 5 MB."),
  /** Check only: report what is wrong (or how many would be added) and write nothing. */
  dryRun: z.boolean().default(false),
});

/** A problem a person can fix in their spreadsheet: row 1 is the header, as a spreadsheet shows. */
export interface ImportProblem {
  row: number;
  column: string;
  problem: string;
}

/** The columns a file may have (header names are matched case- and space-insensitively). */
const COLUMNS = {
  first_name: "firstName",
  last_name: "lastName",
  phone: "phone",
  email: "email",
  language: "languagePreference",
  location: "location",
  tags: "tags",
  acquisition_channel: "acquisitionChannel",
  whatsapp_consent: "whatsapp",
  sms_consent: "sms",
  email_consent: "email_consent",
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = ["first_name", "phone"];
const ALIASES: Record<string, Column> = {
  firstname: "first_name",
  name: "first_name",
  lastname: "last_name",
  surname: "last_name",
  mobile: "phone",
  phone_number: "phone",
  telephone: "phone",
  email_address: "email",
  language_preference: "language",
  channel: "acquisition_channel",
};

const LANGUAGE_WORDS: Record<string, CustomerFields["languagePreference"]> = {
  en: "en",
  english: "en",
  sw: "sw",
  swahili: "sw",
  kiswahili: "sw",
  sheng: "sheng",
};
const YES = new Set(["yes", "y", "true", "1", "ndiyo"]);
const NO = new Set(["no", "n", "false", "0", "hapana", ""]);

export interface ValidRow {
  fields: CustomerFields;
  consents: { channel: (typeof CONSENT_CHANNELS)[number]; granted: boolean }[];
}

export type ImportCheck =
  { ok: true; rows: ValidRow[] } | { ok: false; problems: ImportProblem[]; rowCount: number };

function columnOf(header: string): Column | null {
  const key = header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  if (key in COLUMNS) return key as Column;
  return ALIASES[key] ?? null;
}

/**
 * Reads and validates a whole file against the same rules as the customer form, then against
 * the business's existing customers. Nothing is written here: the caller applies the rows only
 * when there is no problem at all (all or nothing).
 */
export async function checkCustomerCsv(
  db: ScopedDb,
  tenantId: string,
  csv: string,
): Promise<ImportCheck> {
  // Excel writes a byte-order mark; papaparse would make it part of the first header.
  const text = csv.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (header) => header.trim(),
  });
  const problems: ImportProblem[] = [];
  const headers = parsed.meta.fields ?? [];
  const columns = new Map<Column, string>();
  for (const header of headers) {
    const column = columnOf(header);
    if (column && !columns.has(column)) columns.set(column, header);
  }
  for (const column of REQUIRED) {
    if (!columns.has(column)) {
      problems.push({ row: 1, column, problem: `Required column "${column}" is missing.` });
    }
  }
  if (problems.length > 0) return { ok: false, problems, rowCount: parsed.data.length };
  if (parsed.data.length === 0) {
    return {
      ok: false,
      problems: [{ row: 1, column: "", problem: "The file has no rows." }],
      rowCount: 0,
    };
  }
  if (parsed.data.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      problems: [
        {
          row: MAX_IMPORT_ROWS + 2,
          column: "",
          problem: `The file has ${parsed.data.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`,
        },
      ],
      rowCount: parsed.data.length,
    };
  }
  for (const error of parsed.errors) {
    problems.push({
      row: (error.row ?? 0) + 2,
      column: "",
      problem:
        error.code === "TooManyFields" || error.code === "TooFewFields"
          ? `This row has a different number of columns than the header (${error.message}).`
          : error.message,
    });
  }

  const rows: ValidRow[] = [];
  const firstRowOfPhone = new Map<string, number>();
  parsed.data.forEach((record, index) => {
    const rowNumber = index + 2;
    const cell = (column: Column) => {
      const header = columns.get(column);
      return header === undefined ? undefined : (record[header] ?? "").trim();
    };
    const languageText = cell("language")?.toLowerCase();
    const language = languageText ? LANGUAGE_WORDS[languageText] : "en";
    if (languageText && !language) {
      problems.push({ row: rowNumber, column: "language", problem: "Use en, sw or sheng." });
    }
    const candidate = {
      firstName: cell("first_name") ?? "",
      lastName: cell("last_name"),
      phone: cell("phone") ?? "",
      email: cell("email"),
      languagePreference: language ?? "en",
      location: cell("location"),
      tags: (cell("tags") ?? "").split(/[;|,]/),
      acquisitionChannel: cell("acquisition_channel") ?? "csv import",
    };
    const result = customerFields.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? "");
        problems.push({ row: rowNumber, column: headerOfField(field), problem: issue.message });
      }
    }
    const consents: ValidRow["consents"] = [];
    for (const channel of CONSENT_CHANNELS) {
      const column = `${channel}_consent` as Column;
      const value = cell(column)?.toLowerCase();
      if (value === undefined || NO.has(value)) {
        if (value !== undefined && value !== "") consents.push({ channel, granted: false });
      } else if (YES.has(value)) {
        consents.push({ channel, granted: true });
      } else {
        problems.push({ row: rowNumber, column, problem: "Use yes or no." });
      }
    }
    if (!result.success) return;
    const earlier = firstRowOfPhone.get(result.data.phone);
    if (earlier !== undefined) {
      problems.push({
        row: rowNumber,
        column: "phone",
        problem: `Same phone number as row ${earlier}.`,
      });
      return;
    }
    firstRowOfPhone.set(result.data.phone, rowNumber);
    rows.push({ fields: result.data, consents });
  });

  // Against the business's customers: one query for the whole file (one array parameter,
  // not 10,000). RLS and the tenant id keep it to this business.
  const phones = [...firstRowOfPhone.keys()];
  if (phones.length > 0) {
    const existing = await db.$queryRaw<{ phone: string }[]>(Prisma.sql`
      SELECT phone FROM customers
      WHERE tenant_id = ${tenantId}::uuid AND deleted_at IS NULL AND phone = ANY(${phones}::text[])`);
    for (const { phone } of existing) {
      problems.push({
        row: firstRowOfPhone.get(phone) ?? 0,
        column: "phone",
        problem: "A customer with this phone number already exists.",
      });
    }
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
    return { ok: false, problems, rowCount: parsed.data.length };
  }
  return { ok: true, rows };
}

function headerOfField(field: string): string {
  const entry = Object.entries(COLUMNS).find(([, name]) => name === field);
  return entry?.[0] ?? field;
}

/** Joins a row's tags for the transfer; no tag can contain it (the unit separator). */
const TAG_SEPARATOR = "\u001f";

/**
 * Adds every row, with its consents, in the caller's unit of work: one transaction, so a
 * failure anywhere leaves nothing behind. One INSERT over unnest()ed column arrays instead of
 * Prisma's createMany: 10,000 rows go in one statement with 9 parameters, well inside a unit
 * of work's time limit (row-by-row parameters took most of it).
 */
export async function applyCustomerRows(
  db: ScopedDb,
  tenantId: string,
  rows: readonly ValidRow[],
  recordedBy: string | null,
): Promise<number> {
  const column = <K extends keyof CustomerFields>(key: K) =>
    rows.map((row) => row.fields[key] ?? null);
  const created = await db.$queryRaw<{ id: string; phone: string }[]>(Prisma.sql`
    INSERT INTO customers (tenant_id, first_name, last_name, phone, email, language_preference,
      location, tags, acquisition_channel, metadata)
    SELECT ${tenantId}::uuid, r.first_name, r.last_name, r.phone, r.email, r.language::language,
      r.location,
      CASE WHEN r.tags = '' THEN '{}'::text[] ELSE string_to_array(r.tags, ${TAG_SEPARATOR}) END,
      r.channel, '{"imported_from": "csv"}'::jsonb
    FROM unnest(${column("firstName")}::text[], ${column("lastName")}::text[],
      ${column("phone")}::text[], ${column("email")}::text[],
      ${column("languagePreference")}::text[], ${column("location")}::text[],
      ${rows.map((row) => row.fields.tags.join(TAG_SEPARATOR))}::text[],
      ${column("acquisitionChannel")}::text[])
      AS r (first_name, last_name, phone, email, language, location, tags, channel)
    RETURNING id, phone`);
  const idOfPhone = new Map(created.map((row) => [row.phone, row.id]));
  const consents = rows.flatMap((row) =>
    row.consents.map((consent) => ({
      customerId: idOfPhone.get(row.fields.phone) ?? "",
      channel: consent.channel,
      granted: consent.granted,
      source: "csv_import",
      recordedBy,
    })),
  );
  if (consents.length > 0) await db.customerConsent.createMany({ data: consents });
  return created.length;
}
