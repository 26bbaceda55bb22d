import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantSessionClaims } from "../../auth/session";
import { tenantBOwner, callerFor } from "../../routers/tenant/customers.test-world";
import { createApiWorld, type ApiWorld } from "../../testing/api-world";
import { actorFromSession } from "../../trpc/actor";
import {
  customerOrderBy,
  customerWhere,
  listCustomersInput,
  type ListCustomersInput,
} from "./customer-filters";
import { customerSummary, customerSummarySelect } from "./customer-view";

// tenant.customers.list answers a text search through app.search_customers (the trigram index)
// and the other filters, sort and page in SQL; everything else uses customerWhere. Both must
// mean the same: the page and the total are compared with customerWhere's on one fixture.

let world: ApiWorld;
let businessB: TenantSessionClaims;
const ids: Record<string, string> = {};
const idsOfB: string[] = [];

const DAY = 86_400_000;
interface Row {
  first: string | null;
  last: string | null;
  phone: string;
  email?: string;
  tags?: string[];
  language?: "en" | "sw" | "sheng";
  channel?: string;
  activeDaysAgo?: number;
  value?: string;
  deleted?: boolean;
}
// Names repeat, values tie and fields are missing on purpose: the sort's tie-break and NULLs.
const FIXTURE: Record<string, Row> = {
  amina: {
    first: "Amina",
    last: "Zuberi",
    phone: "+254733100001",
    email: "amina.z@example.com",
    tags: ["vip"],
    language: "sw",
    channel: "Walk-in",
    activeDaysAgo: 2,
    value: "1500.00",
  },
  aminaToo: {
    first: "Amina",
    last: "Zuberi",
    phone: "+254733100002",
    tags: ["vip", "wholesale"],
    channel: "walk-in",
    activeDaysAgo: 40,
    value: "1500.00",
  },
  zuberiFirst: {
    first: "Zuberi",
    last: "Mwangi",
    phone: "+254733100003",
    email: "zm@duka.co.ke",
    language: "sheng",
    channel: "Facebook",
    activeDaysAgo: 200,
  },
  noFirst: {
    first: null,
    last: "Zuberi-Otieno",
    phone: "+254733100004",
    email: "zo@example.com",
    value: "20.50",
  },
  noLast: {
    first: "Halima",
    last: null,
    phone: "+254733100005",
    email: "ZUBERI.halima@Example.com",
    language: "sw",
    activeDaysAgo: 10,
  },
  percent: {
    first: "50% Off",
    last: "Promo_List",
    phone: "+254733100006",
    tags: ["vip"],
    channel: "Website",
    activeDaysAgo: 95,
    value: "5.00",
  },
  nobody: { first: null, last: null, phone: "+254733100007" },
  gone: {
    first: "Amina",
    last: "Zuberi",
    phone: "+254733100008",
    email: "gone@example.com",
    deleted: true,
  },
};
const SEARCHES = [
  "zuberi",
  "ZUB",
  "amina zuberi",
  "zuberi amina",
  "amina   ZUBERI  mwangi",
  "beri-ot",
  "a",
  "zu",
  "zuberi@",
  "@example",
  "AMINA.Z@EXAMPLE.COM",
  "0733 100",
  "733100",
  "+254 7331",
  "0733 100 005",
  "50%",
  "o_l",
  "promo_list",
  "nobody-at-all",
];
const FILTERS: ListCustomersInput[] = [
  {},
  { tags: ["vip"] },
  { tags: ["vip", "wholesale"] },
  { language: "sw" },
  { acquisitionChannel: "WALK-IN" },
  { acquisitionChannel: "walk%" },
  { lastActive: "7d" },
  { lastActive: "30d" },
  { lastActive: "90d" },
  { lastActive: "inactive90d" },
  { lastActive: "never" },
  // A campaign audience's filters.
  { minLifetimeValue: "1000", maxLifetimeValue: "1500.00" },
  { location: "nai%" },
];

/** The page and total as customerWhere + customerOrderBy give them (the Prisma path). */
async function throughCustomerWhere(session: TenantSessionClaims, input: ListCustomersInput) {
  const query = listCustomersInput.parse(input);
  const where = customerWhere(query);
  return world.database.runUnitOfWork(actorFromSession(session), async (db) => {
    const [total, rows] = await Promise.all([
      db.customer.count({ where }),
      db.customer.findMany({
        where,
        orderBy: customerOrderBy(query.sort, query.direction),
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
        select: customerSummarySelect,
      }),
    ]);
    return { total, rows: rows.map(customerSummary) };
  });
}

async function throughList(session: TenantSessionClaims, input: ListCustomersInput) {
  const { total, rows } = await callerFor(world, session).tenant.customers.list(input);
  return { total, rows };
}

beforeAll(async () => {
  world = await createApiWorld();
  businessB = await tenantBOwner(world);
  const insert = async (tenantId: string, row: Row) => {
    const { rows } = await world.owner.query<{ id: string }>(
      `INSERT INTO customers (tenant_id, first_name, last_name, phone, email, tags,
         language_preference, acquisition_channel, last_active_at, lifetime_value, deleted_at,
         created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, '2026-01-15T09:00:00Z')
       RETURNING id`,
      [
        tenantId,
        row.first,
        row.last,
        row.phone,
        row.email ?? null,
        row.tags ?? [],
        row.language ?? "en",
        row.channel ?? null,
        row.activeDaysAgo === undefined ? null : new Date(Date.now() - row.activeDaysAgo * DAY),
        row.value ?? "0",
        row.deleted ? new Date() : null,
      ],
    );
    return rows[0]!.id;
  };
  for (const [name, row] of Object.entries(FIXTURE)) {
    ids[name] = await insert(world.tenantA.id, row);
    // Business B has the same people (other phones): never in A's results, nor A's in B's.
    idsOfB.push(
      await insert(world.tenantB.id, { ...row, phone: row.phone.replace("+25473", "+25474") }),
    );
  }
});
afterAll(() => world.close());

describe("searching customers through the trigram index", () => {
  it("gives the same page and total as the plain filter, for every search and filter", async () => {
    const owner = world.sessions["tenant owner"] as TenantSessionClaims;
    for (const search of SEARCHES) {
      for (const filter of FILTERS) {
        const input = { ...filter, search, pageSize: 100 };
        const label = JSON.stringify(input);
        expect(await throughList(owner, input), label).toEqual(
          await throughCustomerWhere(owner, input),
        );
      }
    }
  });

  it("sorts and pages the same way, ties and empty fields included", async () => {
    const viewer = world.sessions["tenant viewer"] as TenantSessionClaims;
    for (const search of ["zuberi", "a", "0733"]) {
      for (const sort of ["name", "createdAt", "lastActiveAt", "lifetimeValue"] as const) {
        for (const direction of ["asc", "desc"] as const) {
          for (const page of [1, 2, 40]) {
            const input = { search, sort, direction, page, pageSize: 5 };
            expect(await throughList(viewer, input), JSON.stringify(input)).toEqual(
              await throughCustomerWhere(viewer, input),
            );
          }
        }
      }
    }
  });

  it("finds what a person would type: any word order, any case, part of a name or email", async () => {
    const owner = world.sessions["tenant owner"] as TenantSessionClaims;
    const found = async (search: string) =>
      (await throughList(owner, { search })).rows.map((row) => row.id).sort();
    const aminas = [ids.amina!, ids.aminaToo!].sort();
    expect(await found("zuberi amina")).toEqual(aminas);
    expect(await found("AMINA zub")).toEqual(aminas);
    expect(await found("zuberi.halima@")).toEqual([ids.noLast]);
    // With an @ it is part of an email: a name alone does not count.
    expect(await found("mwangi@")).toEqual([]);
    expect(await found("50%")).toEqual([ids.percent]);
    // % and _ are what was typed, not wildcards.
    expect(await found("5%f")).toEqual([]);
    expect(await found("am_na")).toEqual([]);
    // Soft-deleted customers are never found.
    expect(await found("gone@example")).toEqual([]);
  });

  it("never returns another business's customers, whoever searches", async () => {
    const aIds = new Set(Object.values(ids));
    for (const search of SEARCHES) {
      const asB = await throughList(businessB, { search, pageSize: 100 });
      expect(
        asB.rows.filter((row) => aIds.has(row.id)),
        search,
      ).toEqual([]);
    }
    const zuberisOfB = await throughList(businessB, { search: "zuberi", pageSize: 100 });
    expect(zuberisOfB.rows.length).toBeGreaterThan(0);
    expect(zuberisOfB.rows.every((row) => idsOfB.includes(row.id))).toBe(true);
    // A's exact number, typed as B: not found.
    expect((await throughList(businessB, { search: "0733 100 001" })).total).toBe(0);
  });
});
