import type { getDMMF } from "@prisma/internals";

/** The parts of `getDMMF(...).datamodel` the comparison reads. */
export type Datamodel = Pick<Awaited<ReturnType<typeof getDMMF>>["datamodel"], "models" | "enums">;
type Field = Datamodel["models"][number]["fields"][number];

/**
 * Compares schema.prisma (as DMMF) with a database's tables, columns and enums. The SQL
 * migrations are the source of truth and schema.prisma must mirror them; Prisma Migrate is not
 * used, so nothing else notices when the two drift apart.
 */

export interface DatabaseColumn {
  readonly table: string;
  readonly column: string;
  /** Canonical type, see `canonicalDatabaseType`: `uuid`, `numeric(12,2)`, `timestamptz(6)`, `channel[]`. */
  readonly type: string;
  readonly nullable: boolean;
}

export interface DatabaseEnum {
  readonly name: string;
  /** In declaration order. */
  readonly values: readonly string[];
}

export interface DatabaseShape {
  readonly columns: readonly DatabaseColumn[];
  /** Tables with no columns still count as tables. */
  readonly tables: readonly string[];
  readonly enums: readonly DatabaseEnum[];
}

/** Tables the database has on purpose that no model mirrors: the migration runner's record. */
export const UNMIRRORED_TABLES: readonly string[] = ["pgmigrations"];

/** Every difference as one readable line; empty when the two agree. */
export function describeDrift(
  datamodel: Datamodel,
  database: DatabaseShape,
  unmirroredTables: readonly string[] = UNMIRRORED_TABLES,
): string[] {
  const expected = expectedShape(datamodel);
  const problems = [...expected.problems];
  const ignored = new Set(unmirroredTables);
  const actualTables = new Set(database.tables.filter((table) => !ignored.has(table)));
  const actualColumns = new Map(
    database.columns.map((column) => [`${column.table}.${column.column}`, column]),
  );

  for (const table of expected.tables) {
    if (!actualTables.has(table))
      problems.push(`table ${table}: in schema.prisma, missing in the database`);
  }
  for (const table of actualTables) {
    if (!expected.tables.has(table))
      problems.push(`table ${table}: in the database, missing in schema.prisma`);
  }

  const expectedColumns = new Map(
    expected.columns.map((column) => [`${column.table}.${column.column}`, column]),
  );
  for (const [key, want] of expectedColumns) {
    const have = actualColumns.get(key);
    if (!have) {
      if (actualTables.has(want.table))
        problems.push(`column ${key}: in schema.prisma, missing in the database`);
      continue;
    }
    if (have.type !== want.type) {
      problems.push(
        `column ${key}: type ${have.type} in the database, ${want.type} in schema.prisma`,
      );
    }
    if (have.nullable !== want.nullable) {
      problems.push(
        `column ${key}: ${nullability(have)} in the database, ${nullability(want)} in schema.prisma`,
      );
    }
  }
  for (const [key, have] of actualColumns) {
    if (expected.tables.has(have.table) && !expectedColumns.has(key)) {
      problems.push(`column ${key}: in the database, missing in schema.prisma`);
    }
  }

  problems.push(...enumDrift(datamodel, database.enums));
  return problems.sort();
}

function nullability(column: { nullable: boolean }): string {
  return column.nullable ? "nullable" : "NOT NULL";
}

function enumDrift(datamodel: Datamodel, actual: readonly DatabaseEnum[]): string[] {
  const problems: string[] = [];
  const actualByName = new Map(actual.map((entry) => [entry.name, entry.values]));
  const expectedNames = new Set<string>();
  for (const entry of datamodel.enums) {
    const name = entry.dbName ?? entry.name;
    expectedNames.add(name);
    const have = actualByName.get(name);
    if (!have) {
      problems.push(`enum ${name}: in schema.prisma, missing in the database`);
      continue;
    }
    const want = entry.values.map((value) => value.dbName ?? value.name);
    if (want.join(",") !== have.join(",")) {
      problems.push(
        `enum ${name}: values (${have.join(", ")}) in the database, (${want.join(", ")}) in schema.prisma`,
      );
    }
  }
  for (const name of actualByName.keys()) {
    if (!expectedNames.has(name))
      problems.push(`enum ${name}: in the database, missing in schema.prisma`);
  }
  return problems;
}

interface ExpectedShape {
  tables: Set<string>;
  columns: DatabaseColumn[];
  /** Fields whose type this mapping does not know: reported rather than silently passed. */
  problems: string[];
}

function expectedShape(datamodel: Datamodel): ExpectedShape {
  const enumNames = new Map(
    datamodel.enums.map((entry) => [entry.name, entry.dbName ?? entry.name]),
  );
  const shape: ExpectedShape = { tables: new Set(), columns: [], problems: [] };
  for (const model of datamodel.models) {
    const table = model.dbName ?? model.name;
    shape.tables.add(table);
    for (const field of model.fields) {
      if (field.kind === "object") continue;
      const column = field.dbName ?? field.name;
      const base = field.kind === "enum" ? enumNames.get(field.type) : prismaColumnType(field);
      if (base === undefined) {
        shape.problems.push(
          `column ${table}.${column}: no known PostgreSQL type for ${describeField(field)}`,
        );
        continue;
      }
      // Lists are always required in Prisma (the client types them as arrays, never null).
      shape.columns.push({
        table,
        column,
        type: field.isList ? `${base}[]` : base,
        nullable: !field.isRequired,
      });
    }
  }
  return shape;
}

function describeField(field: Field): string {
  const native = field.nativeType
    ? ` @db.${field.nativeType[0]}(${field.nativeType[1].join(",")})`
    : "";
  return `${field.type}${native}`;
}

/** Prisma's scalar type plus native type, as PostgreSQL names it (canonical form). */
function prismaColumnType(field: Field): string | undefined {
  const [native, args = []] = field.nativeType ?? [undefined, []];
  const withArgs = (name: string) => (args.length > 0 ? `${name}(${args.join(",")})` : name);
  if (native === undefined) return PRISMA_DEFAULT_TYPES[field.type];
  switch (native) {
    case "Timestamptz":
      return `timestamptz(${args[0] ?? "6"})`;
    case "Timestamp":
      return `timestamp(${args[0] ?? "6"})`;
    case "Decimal":
      return withArgs("numeric");
    case "VarChar":
      return withArgs("varchar");
    case "Char":
      return withArgs("char");
    default:
      return NATIVE_TYPES[native];
  }
}

/** What Prisma creates for a field without @db.* on PostgreSQL. */
const PRISMA_DEFAULT_TYPES: Readonly<Record<string, string>> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  DateTime: "timestamp(3)",
  Json: "jsonb",
  Bytes: "bytea",
};

const NATIVE_TYPES: Readonly<Record<string, string>> = {
  Uuid: "uuid",
  Text: "text",
  Citext: "citext",
  Inet: "inet",
  Integer: "integer",
  SmallInt: "smallint",
  BigInt: "bigint",
  Boolean: "boolean",
  DoublePrecision: "double precision",
  Real: "real",
  Date: "date",
  Json: "json",
  JsonB: "jsonb",
  ByteA: "bytea",
};

/**
 * Canonical form of `format_type(atttypid, atttypmod)`: timestamps without an explicit
 * precision have PostgreSQL's default of 6, long type names are shortened the way
 * `prismaColumnType` writes them, and schema qualifiers are dropped.
 */
export function canonicalDatabaseType(formatted: string): string {
  const isArray = formatted.endsWith("[]");
  let type = (isArray ? formatted.slice(0, -2) : formatted)
    .replace(/^"?[a-z_][a-z0-9_]*"?\./, "")
    .replaceAll('"', "");
  const timestamp = /^timestamp(?:\((\d+)\))? with(out)? time zone$/.exec(type);
  if (timestamp) {
    type = `${timestamp[2] ? "timestamp" : "timestamptz"}(${timestamp[1] ?? "6"})`;
  }
  type = type.replace(/^character varying/, "varchar").replace(/^character(?=\(|$)/, "char");
  return isArray ? `${type}[]` : type;
}
