import { beforeAll, describe, expect, it } from "vitest";
import {
  canonicalDatabaseType,
  describeDrift,
  type Datamodel,
  type DatabaseShape,
} from "./schema-drift";
import { loadDatamodel } from "./schema-drift-sources";

// A small schema and the database it describes, to prove the comparison notices each kind of
// drift. The real comparison against migrated databases is in schema-drift.test.ts.
const SCHEMA = `
datasource db {
  provider = "postgresql"
}

enum Channel {
  whatsapp
  sms

  @@map("channel")
}

model Shop {
  id        String    @id @db.Uuid
  name      String
  fee       Decimal   @map("monthly_fee") @db.Decimal(12, 2)
  email     String?   @db.Citext
  tier      Int?      @db.SmallInt
  openedOn  DateTime? @map("opened_on") @db.Date
  createdAt DateTime  @map("created_at") @db.Timestamptz(6)
  channels  Channel[]
  tags      String[]
  settings  Json
  hits      BigInt
  notes     ShopNote[]

  @@map("shops")
}

model ShopNote {
  id      String  @id @db.Uuid
  shopId  String  @map("shop_id") @db.Uuid
  channel Channel
  shop    Shop    @relation(fields: [shopId], references: [id])

  @@map("shop_notes")
}
`;

const MATCHING: DatabaseShape = {
  tables: ["shops", "shop_notes", "pgmigrations"],
  columns: [
    column("shops", "id", "uuid", false),
    column("shops", "name", "text", false),
    column("shops", "monthly_fee", "numeric(12,2)", false),
    column("shops", "email", "citext", true),
    column("shops", "tier", "smallint", true),
    column("shops", "opened_on", "date", true),
    column("shops", "created_at", canonicalDatabaseType("timestamp with time zone"), false),
    column("shops", "channels", "channel[]", false),
    column("shops", "tags", "text[]", false),
    column("shops", "settings", "jsonb", false),
    column("shops", "hits", "bigint", false),
    column("shop_notes", "id", "uuid", false),
    column("shop_notes", "shop_id", "uuid", false),
    column("shop_notes", "channel", "channel", false),
    column("pgmigrations", "id", "integer", false),
  ],
  enums: [{ name: "channel", values: ["whatsapp", "sms"] }],
};

function column(table: string, name: string, type: string, nullable: boolean) {
  return { table, column: name, type, nullable };
}

function withColumns(
  change: (columns: DatabaseShape["columns"]) => DatabaseShape["columns"],
): DatabaseShape {
  return { ...MATCHING, columns: change(MATCHING.columns) };
}

describe("describeDrift", () => {
  let datamodel: Datamodel;
  beforeAll(async () => {
    datamodel = await loadDatamodel(SCHEMA);
  });

  it("finds nothing when schema and database agree (and ignores pgmigrations)", () => {
    expect(describeDrift(datamodel, MATCHING)).toEqual([]);
  });

  it("reports a column added in SQL only", () => {
    const database = withColumns((columns) => [...columns, column("shops", "city", "text", true)]);
    expect(describeDrift(datamodel, database)).toEqual([
      "column shops.city: in the database, missing in schema.prisma",
    ]);
  });

  it("reports a column missing from the database", () => {
    const database = withColumns((columns) => columns.filter((c) => c.column !== "tier"));
    expect(describeDrift(datamodel, database)).toEqual([
      "column shops.tier: in schema.prisma, missing in the database",
    ]);
  });

  it("reports type differences, including precision and array-ness", () => {
    const database = withColumns((columns) =>
      columns.map((c) => {
        if (c.column === "monthly_fee") return { ...c, type: "numeric(10,2)" };
        if (c.column === "created_at")
          return { ...c, type: canonicalDatabaseType("timestamp without time zone") };
        if (c.column === "tags") return { ...c, type: "jsonb" };
        if (c.column === "channel") return { ...c, type: "text" };
        return c;
      }),
    );
    expect(describeDrift(datamodel, database)).toEqual([
      "column shop_notes.channel: type text in the database, channel in schema.prisma",
      "column shops.created_at: type timestamp(6) in the database, timestamptz(6) in schema.prisma",
      "column shops.monthly_fee: type numeric(10,2) in the database, numeric(12,2) in schema.prisma",
      "column shops.tags: type jsonb in the database, text[] in schema.prisma",
    ]);
  });

  it("reports nullability differences both ways", () => {
    const database = withColumns((columns) =>
      columns.map((c) =>
        c.column === "email" || c.column === "name" ? { ...c, nullable: !c.nullable } : c,
      ),
    );
    expect(describeDrift(datamodel, database)).toEqual([
      "column shops.email: NOT NULL in the database, nullable in schema.prisma",
      "column shops.name: nullable in the database, NOT NULL in schema.prisma",
    ]);
  });

  it("reports tables present on one side only", () => {
    const database: DatabaseShape = {
      ...MATCHING,
      tables: ["shops", "audit_trail", "pgmigrations"],
      columns: [
        ...MATCHING.columns.filter((c) => c.table !== "shop_notes"),
        column("audit_trail", "id", "bigint", false),
      ],
    };
    expect(describeDrift(datamodel, database)).toEqual([
      "table audit_trail: in the database, missing in schema.prisma",
      "table shop_notes: in schema.prisma, missing in the database",
    ]);
  });

  it("reports enum value and enum existence differences", () => {
    const database: DatabaseShape = {
      ...MATCHING,
      enums: [
        { name: "channel", values: ["whatsapp", "sms", "email"] },
        { name: "mood", values: ["happy"] },
      ],
    };
    expect(describeDrift(datamodel, database)).toEqual([
      "enum channel: values (whatsapp, sms, email) in the database, (whatsapp, sms) in schema.prisma",
      "enum mood: in the database, missing in schema.prisma",
    ]);
  });
});

describe("canonicalDatabaseType", () => {
  it.each([
    ["timestamp with time zone", "timestamptz(6)"],
    ["timestamp(3) with time zone", "timestamptz(3)"],
    ["timestamp(3) without time zone", "timestamp(3)"],
    ["character varying(255)", "varchar(255)"],
    ["character(3)", "char(3)"],
    ["numeric(12,2)", "numeric(12,2)"],
    ["public.citext", "citext"],
    ["text[]", "text[]"],
    ['"Channel"[]', "Channel[]"],
  ])("%s -> %s", (formatted, canonical) => {
    expect(canonicalDatabaseType(formatted)).toBe(canonical);
  });
});
