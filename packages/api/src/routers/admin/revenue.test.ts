import { TRPCError } from "@trpc/server";
import Papa from "papaparse";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../root";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { createCallerFactory } from "../../trpc/init";

let world: ApiWorld;
beforeAll(async () => {
  world = await createApiWorld();
});
afterAll(() => world.close());

const call = (person: PersonName) => createCallerFactory(appRouter)(world.contextFor(person));

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

const NOT_ADMIN: PersonName[] = [
  "sales rep",
  "support",
  "tenant owner",
  "tenant admin",
  "impersonating owner (changes allowed)",
];

const payment = (reference: string) => ({
  tenantId: world.tenantA.id,
  amount: "12,345.67",
  type: "subscription" as const,
  paymentMethod: "bank" as const,
  paymentReference: reference,
  paidAt: "2026-01-31T23:30",
});

async function auditRows(entityId: string) {
  const { rows } = await world.owner.query<{ action: string; changed_fields: string[] }>(
    "SELECT action, changed_fields FROM audit_logs WHERE entity_id = $1 ORDER BY id",
    [entityId],
  );
  return rows;
}

describe("admin.revenue.recordPayment", () => {
  it("records the payment and the assigned rep's pending commission, audited", async () => {
    const { rows: rep } = await world.owner.query<{ rep: string; recurring: string }>(
      `SELECT t.assigned_sales_rep_id AS rep, r.recurring_rate::text AS recurring
       FROM tenants t JOIN sales_commission_rates r ON r.sales_rep_id = t.assigned_sales_rep_id
       WHERE t.id = $1 AND r.effective_from <= '2026-01-31T20:30:00Z'
       ORDER BY r.effective_from DESC LIMIT 1`,
      [world.tenantA.id],
    );
    const recorded = await call("platform admin").admin.revenue.recordPayment(
      payment("ft26031abcde"),
    );
    // 23:30 in Nairobi on 31 January is 20:30 UTC: still January.
    expect(recorded.revenue.paidAt.toISOString()).toBe("2026-01-31T20:30:00.000Z");
    expect(recorded.revenue.amount.toFixed(2)).toBe("12345.67");
    expect(recorded.revenue.paymentReference).toBe("FT26031ABCDE");
    expect(recorded.commission?.salesRepId).toBe(rep[0]?.rep);
    expect(recorded.commission?.rate.toFixed(2)).toBe(rep[0]?.recurring);
    expect(recorded.commission?.status).toBe("pending");

    expect(await auditRows(recorded.revenue.id)).toEqual([
      {
        action: "admin.revenue.recordPayment",
        changed_fields: [
          "amount",
          "paidAt",
          "paymentMethod",
          "paymentReference",
          "tenantId",
          "type",
        ],
      },
    ]);
    expect(await auditRows(recorded.commission?.id ?? "")).toHaveLength(1);

    const listed = await call("platform owner").admin.commissions.list({
      status: "pending",
      month: "2026-01",
    });
    expect(listed.rows.map((row) => row.id)).toContain(recorded.commission?.id);
    expect(
      listed.rows.find((row) => row.id === recorded.commission?.id)?.businessName,
    ).toBeTruthy();
  });

  it("answers bad input with field errors and writes nothing", async () => {
    const error = await failure(
      call("platform owner").admin.revenue.recordPayment({
        ...payment(""),
        amount: "12.345",
        paidAt: "yesterday",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(z.flattenError(error.cause as z.ZodError).fieldErrors).sort()).toEqual([
      "amount",
      "paidAt",
    ]);
    const duplicate = await failure(
      call("platform owner").admin.revenue.recordPayment(payment("FT26031ABCDE")),
    );
    expect(duplicate.code).toBe("BAD_REQUEST");
    expect(duplicate.cause).toMatchObject({
      fieldErrors: { paymentReference: [expect.any(String)] },
    });
    const { rows } = await world.owner.query(
      "SELECT count(*)::int AS n FROM platform_revenue WHERE payment_reference = 'FT26031ABCDE'",
    );
    expect(rows[0]).toEqual({ n: 1 });
    const unknown = await failure(
      call("platform owner").admin.revenue.recordPayment({
        ...payment("FT-UNKNOWN-1"),
        tenantId: "00000000-0000-4000-8000-000000000000",
      }),
    );
    expect(unknown.code).toBe("NOT_FOUND");
  });

  it("refuses everyone but owner and admin", async () => {
    for (const person of NOT_ADMIN) {
      const error = await failure(
        call(person).admin.revenue.recordPayment(payment(`FT-REFUSED-${person.length}`)),
      );
      expect(error.code, person).toBe("FORBIDDEN");
      expect(
        (
          await failure(
            call(person).admin.revenue.list({ period: { kind: "month", month: "2026-01" } }),
          )
        ).code,
      ).toBe("FORBIDDEN");
      expect((await failure(call(person).admin.commissions.list({}))).code).toBe("FORBIDDEN");
      expect(
        (
          await failure(
            call(person).admin.salesTeam.leaderboard({
              period: { kind: "month", month: "2026-01" },
            }),
          )
        ).code,
      ).toBe("FORBIDDEN");
    }
    expect(
      (await failure(call("anonymous").admin.revenue.byMonth({ from: "2026-01", to: "2026-03" })))
        .code,
    ).toBe("UNAUTHORIZED");
  });
});

describe("admin.commissions payouts", () => {
  it("are the owner's: admins may list but not approve or pay", async () => {
    const recorded = await call("platform owner").admin.revenue.recordPayment(
      payment("FT-PAYOUT-01"),
    );
    const id = recorded.commission?.id ?? "";
    for (const person of ["platform admin", ...NOT_ADMIN] as PersonName[]) {
      expect(
        (await failure(call(person).admin.commissions.approve({ ids: [id] }))).code,
        person,
      ).toBe("FORBIDDEN");
    }
    const owner = call("platform owner").admin.commissions;
    expect((await failure(owner.markPaid({ ids: [id] }))).code).toBe("CONFLICT");
    await owner.approve({ ids: [id] });
    const paid = await owner.markPaid({ ids: [id], payoutReference: "SKL4H7QW2P" });
    expect(paid.paid).toBeGreaterThanOrEqual(1);
    const { rows } = await world.owner.query(
      "SELECT status::text, payout_reference FROM commissions WHERE id = $1",
      [id],
    );
    expect(rows[0]).toEqual({ status: "paid", payout_reference: "SKL4H7QW2P" });
    expect((await auditRows(id)).map((row) => row.action)).toEqual([
      "admin.revenue.recordPayment",
      "admin.commissions.approve",
      "admin.commissions.markPaid",
    ]);
  });
});

describe("admin.revenue.byMonth", () => {
  it("sums net revenue per Nairobi month, by type and method, with empty months present", async () => {
    await world.owner.query(
      `INSERT INTO platform_revenue (tenant_id, amount, type, payment_method, paid_at)
       VALUES ($1, 1000.10, 'setup', 'cash', '2019-03-31T23:30:00+03:00'),
              ($1, 500.00, 'addon', 'card', '2019-04-01T00:30:00+03:00'),
              ($1, 250.25, 'addon', 'card', '2019-04-15T12:00:00+03:00')`,
      [world.tenantB.id],
    );
    const months = await call("platform admin").admin.revenue.byMonth({
      from: "2019-02",
      to: "2019-04",
    });
    expect(
      months.map((month) => ({
        month: month.month,
        total: month.total.toFixed(2),
        setup: month.byType.setup.toFixed(2),
        addon: month.byType.addon.toFixed(2),
        cash: month.byMethod.cash.toFixed(2),
        card: month.byMethod.card.toFixed(2),
      })),
    ).toEqual([
      { month: "2019-02", total: "0.00", setup: "0.00", addon: "0.00", cash: "0.00", card: "0.00" },
      {
        month: "2019-03",
        total: "1000.10",
        setup: "1000.10",
        addon: "0.00",
        cash: "1000.10",
        card: "0.00",
      },
      {
        month: "2019-04",
        total: "750.25",
        setup: "0.00",
        addon: "750.25",
        cash: "0.00",
        card: "750.25",
      },
    ]);
  });
});

describe("CSV exports", () => {
  it("quote commas, quotes and line breaks, and keep formulas from running", async () => {
    await world.owner.query("UPDATE tenants SET business_name = $2 WHERE id = $1", [
      world.tenantB.id,
      'Pwani "Breeze", Diani\nBeach',
    ]);
    const recorded = await call("platform owner").admin.revenue.recordPayment({
      tenantId: world.tenantB.id,
      amount: "2000",
      type: "addon",
      paymentMethod: "cash",
      paymentReference: "",
      paidAt: "2018-06-30T23:30",
      description: '=HYPERLINK("http://example.com")',
    });
    await call("platform owner").admin.revenue.refund({
      revenueId: recorded.revenue.id,
      amount: "500",
      paymentMethod: "cash",
      paymentReference: "",
      paidAt: "2018-07-01T09:00",
    });
    const { filename, csv } = await call("platform admin").admin.revenue.exportCsv({
      from: "2018-06",
      to: "2018-07",
    });
    expect(filename).toBe("aizalo-revenue-2018-06-to-2018-07.csv");
    expect(csv).toContain('"Pwani ""Breeze"", Diani\nBeach"');
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    expect(header?.[0]).toBe("Paid at (Nairobi)");
    expect(rows.map((row) => [row[0], row[1], row[3], row[6], row[12]])).toEqual([
      ["2018-07-01 09:00", 'Pwani "Breeze", Diani\nBeach', "addon", "-500.00", ""],
      [
        "2018-06-30 23:30",
        'Pwani "Breeze", Diani\nBeach',
        "addon",
        "2000.00",
        '\'=HYPERLINK("http://example.com")',
      ],
    ]);

    const commissions = await call("platform admin").admin.commissions.exportCsv({
      month: "2018-06",
    });
    const commissionRows = Papa.parse<string[]>(commissions.csv.replace(/^\uFEFF/, ""), {
      skipEmptyLines: true,
    }).data;
    expect(commissionRows).toHaveLength(recorded.commission ? 2 : 1);
    for (const person of NOT_ADMIN) {
      expect((await failure(call(person).admin.commissions.exportCsv({}))).code).toBe("FORBIDDEN");
    }
  });
});
