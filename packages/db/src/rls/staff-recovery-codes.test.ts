import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testServers } from "../testing";
import { actor, asActor, countAs, DENIED, expectSqlState } from "./as-actor";
import { useWorld } from "./world";

const SQL_INSERT = "INSERT INTO staff_recovery_codes (platform_user_id, code_hash) VALUES ($1, $2)";
const codeHash = () => randomBytes(32).toString("hex");

/**
 * Recovery codes (0010) belong to one staff member: the sign-in service and that person reach
 * them; nobody else does, the platform owner included. The world holds none, so the all-tables
 * matrices (where the owner sees everything) stay as they are; this file seeds its own.
 */
describe.each(testServers().map((server) => [server.name, server.majorVersion]))(
  "staff recovery codes on %s (PostgreSQL %i)",
  (serverName) => {
    const h = useWorld(serverName);
    const seed = async (userId: string) => {
      await h.owner.query(SQL_INSERT, [userId, codeHash()]);
    };

    it("each staff member reads, adds and removes only their own", async () => {
      const { platform } = h.world;
      await seed(platform.owner);
      const stored = async (userId: string) =>
        (
          await h.owner.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM staff_recovery_codes WHERE platform_user_id = $1",
            [userId],
          )
        ).rows[0]?.n;
      const rep1 = actor.platform("sales", platform.rep1);
      const owner = actor.platform("owner", platform.owner);
      expect(await countAs(h.app, rep1, "staff_recovery_codes")).toBe(await stored(platform.rep1));
      expect(await countAs(h.app, owner, "staff_recovery_codes")).toBe(1);
      const added = await asActor(h.app, rep1, SQL_INSERT, [platform.rep1, codeHash()]);
      expect(added.rowCount).toBe(1);
      await expectSqlState(asActor(h.app, owner, SQL_INSERT, [platform.rep1, codeHash()]), DENIED);
      const wipe = "DELETE FROM staff_recovery_codes WHERE platform_user_id = $1";
      expect((await asActor(h.app, owner, wipe, [platform.rep1])).rowCount).toBe(0);
      expect((await asActor(h.app, rep1, wipe, [platform.rep1])).rowCount).toBe(
        await stored(platform.rep1),
      );
    });

    it("the owner, admin and a tenant's users see none of another person's codes", async () => {
      const { platform, a } = h.world;
      await seed(platform.support);
      const others = [
        actor.platform("owner", platform.owner),
        actor.platform("admin", platform.admin),
        actor.platform("sales", platform.rep2),
        actor.tenant(a.id, a.users.owner, "owner"),
        actor.impersonating(a.id, platform.owner, "admin"),
        actor.visitor(a.id),
        null,
      ];
      const sql = "SELECT count(*)::int AS n FROM staff_recovery_codes WHERE platform_user_id = $1";
      for (const settings of others) {
        const result = await asActor<{ n: number }>(h.app, settings, sql, [platform.support]);
        expect(result.rows[0]?.n, JSON.stringify(settings)).toBe(0);
      }
    });

    it("the sign-in service (system) reads and spends any staff member's code", async () => {
      const { platform } = h.world;
      const hash = codeHash();
      await h.owner.query(SQL_INSERT, [platform.admin, hash]);
      const spend = `UPDATE staff_recovery_codes SET used_at = now()
                     WHERE platform_user_id = $1 AND code_hash = $2 AND used_at IS NULL`;
      const system = actor.system("sign-in");
      expect((await asActor(h.app, system, spend, [platform.admin, hash])).rowCount).toBe(1);
      expect(
        (await asActor(h.app, { userType: "system" }, spend, [platform.admin, hash])).rowCount,
      ).toBe(0);
    });
  },
);
