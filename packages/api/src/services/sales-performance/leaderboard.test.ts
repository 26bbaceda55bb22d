import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordPayment } from "../commissions/record-payment";
import { createCommissionWorld, type CommissionWorld } from "../commissions/test-world";
import { leaderboard, repStanding } from "./leaderboard";
import { monthPeriod, quarterPeriod, resolvePeriod } from "./period";

let world: CommissionWorld;
const reps: Record<"achieng" | "baraka" | "chebet" | "daudi", string> = {
  achieng: "",
  baraka: "",
  chebet: "",
  daudi: "",
};
const APRIL_2020 = monthPeriod(2020, 4);

async function pay(tenantId: string, amount: string, paidAt: string) {
  await world.asOwner((db) =>
    recordPayment(
      db,
      {
        tenantId,
        amount,
        type: "subscription",
        paymentMethod: "bank",
        paymentReference: null,
        paidAt: new Date(paidAt),
      },
      null,
    ),
  );
}

async function lead(repId: string, status: "new" | "won" | "lost", createdAt: string) {
  await world.owner.query(
    `INSERT INTO sales_leads (business_name, phone, assigned_to, status, created_at)
     VALUES ('Kamili Traders', '+254712000111', $1, $2, $3)`,
    [repId, status, createdAt],
  );
}

beforeAll(async () => {
  world = await createCommissionWorld();
  // Names chosen so alphabetical order is not the ranking order.
  reps.daudi = await world.addRep("Daudi Kiprono", { setup: "10.00", recurring: "5.00" });
  reps.chebet = await world.addRep("Chebet Rono", { setup: "10.00", recurring: "5.00" });
  reps.baraka = await world.addRep("Baraka Mwangi", { setup: "10.00", recurring: "5.00" });
  reps.achieng = await world.addRep("Achieng Odhiambo", { setup: "10.00", recurring: "5.00" });
  const jacaranda = await world.tenantId("jacaranda-homes");
  const pwani = await world.tenantId("pwani-breeze");
  await world.assign(jacaranda, reps.achieng);
  await world.assign(pwani, reps.baraka);

  // April 2020: Achieng and Baraka take KES 10,000 each (a tie on revenue)...
  await pay(jacaranda, "6000.00", "2020-04-02T09:00:00+03:00");
  await pay(jacaranda, "4000.00", "2020-04-30T23:30:00+03:00"); // last evening of April, Nairobi
  await pay(pwani, "10000.00", "2020-04-15T09:00:00+03:00");
  await pay(pwani, "999.00", "2020-05-01T00:10:00+03:00"); // May, not April
  // ...and Baraka onboarded a business in April (deals won breaks the tie).
  await world.owner.query("UPDATE tenants SET onboarded_by = $1, created_at = $2 WHERE id = $3", [
    reps.baraka,
    "2020-04-20T12:00:00+03:00",
    pwani,
  ]);
  // Achieng: four leads created in April, one won: conversion 1 / 4.
  await lead(reps.achieng, "won", "2020-04-03T10:00:00+03:00");
  await lead(reps.achieng, "lost", "2020-04-04T10:00:00+03:00");
  await lead(reps.achieng, "new", "2020-04-05T10:00:00+03:00");
  await lead(reps.achieng, "new", "2020-04-06T10:00:00+03:00");
  await lead(reps.achieng, "won", "2020-03-30T10:00:00+03:00"); // March: not April's cohort
});
afterAll(() => world.close());

describe("the sales leaderboard", () => {
  it("ranks by revenue, then deals won, then name, with hand-computed figures", async () => {
    const board = await world.asOwner((db) => leaderboard(db, APRIL_2020));
    expect(
      board.map((line) => ({
        rank: line.rank,
        name: line.fullName,
        revenue: line.revenue.toFixed(2),
        commissions: line.commissions.toFixed(2),
        dealsWon: line.dealsWon,
        conversion: line.conversionRate,
        teamSize: line.teamSize,
      })),
    ).toEqual([
      {
        rank: 1,
        name: "Baraka Mwangi",
        revenue: "10000.00",
        commissions: "500.00",
        dealsWon: 1,
        conversion: null,
        teamSize: 4,
      },
      {
        rank: 2,
        name: "Achieng Odhiambo",
        revenue: "10000.00",
        commissions: "500.00",
        dealsWon: 0,
        conversion: 0.25,
        teamSize: 4,
      },
      // Equal (zero) figures: alphabetical, the same every time.
      {
        rank: 3,
        name: "Chebet Rono",
        revenue: "0.00",
        commissions: "0.00",
        dealsWon: 0,
        conversion: null,
        teamSize: 4,
      },
      {
        rank: 4,
        name: "Daudi Kiprono",
        revenue: "0.00",
        commissions: "0.00",
        dealsWon: 0,
        conversion: null,
        teamSize: 4,
      },
    ]);
  });

  it("gives a rep only their own line, with their rank among the whole team", async () => {
    const asAchieng = await world.asRep(reps.achieng, (db) => leaderboard(db, APRIL_2020));
    expect(asAchieng.map((line) => line.fullName)).toEqual(["Achieng Odhiambo"]);
    const standing = await world.asRep(reps.achieng, (db) =>
      repStanding(db, reps.achieng, APRIL_2020),
    );
    expect(standing).toMatchObject({ rank: 2, teamSize: 4, leads: 4, leadsWon: 1 });
    // Another rep's standing is not theirs to read.
    const other = await world.asRep(reps.achieng, (db) => repStanding(db, reps.baraka, APRIL_2020));
    expect(other).toBeNull();
    const asOwner = await world.asOwner((db) => repStanding(db, reps.baraka, APRIL_2020));
    expect(asOwner?.rank).toBe(1);
  });

  it("counts a quarter and a custom range in Nairobi days", async () => {
    const quarter = await world.asOwner((db) => leaderboard(db, quarterPeriod(2020, 2)));
    expect(quarter.find((line) => line.fullName === "Baraka Mwangi")?.revenue.toFixed(2)).toBe(
      "10999.00",
    );
    // 1-30 April inclusive, as a custom range, ends at 1 May 00:00 Nairobi.
    const custom = resolvePeriod({ kind: "custom", from: "2020-04-01", to: "2020-04-30" });
    expect(custom).toEqual(APRIL_2020);
  });

  it("leaves out inactive reps with nothing in the period, and is empty with no reps", async () => {
    await world.owner.query("UPDATE platform_users SET is_active = false WHERE role = 'sales'");
    const april = await world.asOwner((db) => leaderboard(db, APRIL_2020));
    expect(april.map((line) => line.fullName)).toEqual(["Baraka Mwangi", "Achieng Odhiambo"]);
    const empty = await world.asOwner((db) => leaderboard(db, monthPeriod(2019, 6)));
    expect(empty).toEqual([]);
  });
});
