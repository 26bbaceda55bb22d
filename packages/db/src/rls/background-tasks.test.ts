import { describe, expect, it } from "vitest";
import { testServers } from "../testing";
import { actor, asActor, countAs, DENIED, expectSqlState } from "./as-actor";
import { useWorld } from "./world";

// Exports hold all of a business's data: only its owner (never an admin, staff, a viewer or a
// platform owner "logged in as tenant") may ask for one or read it. Imports are for whoever may
// write customers. Progress and results are the worker's alone.
describe.each(testServers().map((server) => [server.name, server.majorVersion]))(
  "background tasks on %s (PostgreSQL %i)",
  (serverName) => {
    const h = useWorld(serverName);
    const a = () => h.world.a;
    const as = (role: "owner" | "admin" | "staff" | "viewer") =>
      actor.tenant(a().id, a().users[role], role);
    const ask = (settings: ReturnType<typeof as>, kind: string, requestedBy: string) =>
      asActor(
        h.app,
        settings,
        `INSERT INTO background_tasks (kind, requested_by) VALUES ($1, $2) RETURNING id`,
        [kind, requestedBy],
      );

    it("only the owner sees the business's exports and their archives; B sees none of A's", async () => {
      expect(await countAs(h.app, as("owner"), "background_tasks", "kind = 'tenant_export'")).toBe(
        1,
      );
      expect(await countAs(h.app, as("owner"), "background_task_files")).toBe(1);
      for (const role of ["admin", "staff", "viewer"] as const) {
        expect(await countAs(h.app, as(role), "background_tasks", "kind = 'tenant_export'")).toBe(
          0,
        );
        expect(await countAs(h.app, as(role), "background_task_files")).toBe(0);
      }
      const ownerOfB = actor.tenant(h.world.b.id, h.world.b.users.owner, "owner");
      expect(await countAs(h.app, ownerOfB, "background_tasks", "tenant_id = $1", [a().id])).toBe(
        0,
      );
      expect(
        await countAs(h.app, ownerOfB, "background_task_files", "tenant_id = $1", [a().id]),
      ).toBe(0);
      const impersonating = actor.impersonating(a().id, h.world.platform.owner, "admin");
      expect(
        await countAs(h.app, impersonating, "background_tasks", "kind = 'tenant_export'"),
      ).toBe(0);
    });

    it("every member sees the business's imports, never their input files", async () => {
      for (const role of ["owner", "admin", "staff", "viewer"] as const) {
        expect(await countAs(h.app, as(role), "background_tasks", "kind = 'customer_import'")).toBe(
          1,
        );
        expect(await countAs(h.app, as(role), "background_task_files", "purpose = 'input'")).toBe(
          0,
        );
      }
    });

    it("only the owner may ask for an export, in their own name", async () => {
      expect((await ask(as("owner"), "tenant_export", a().users.owner)).rowCount).toBe(1);
      for (const role of ["admin", "staff", "viewer"] as const) {
        await expectSqlState(ask(as(role), "tenant_export", a().users[role]), DENIED);
      }
      await expectSqlState(ask(as("owner"), "tenant_export", a().users.admin), DENIED);
      const impersonating = actor.impersonating(a().id, h.world.platform.owner, "admin");
      await expectSqlState(ask(impersonating, "tenant_export", h.world.platform.owner), DENIED);
    });

    it("imports are asked for by those who write customers; viewers cannot", async () => {
      expect((await ask(as("staff"), "customer_import", a().users.staff)).rowCount).toBe(1);
      await expectSqlState(ask(as("viewer"), "customer_import", a().users.viewer), DENIED);
    });

    it("tenant users cannot mark progress, finish, or delete a task", async () => {
      const update = await asActor(
        h.app,
        as("owner"),
        `UPDATE background_tasks SET status = 'done', progress_percent = 100 WHERE tenant_id = $1`,
        [a().id],
      );
      expect(update.rowCount).toBe(0);
      const remove = await asActor(h.app, as("owner"), `DELETE FROM background_tasks`);
      expect(remove.rowCount).toBe(0);
      await expectSqlState(
        asActor(
          h.app,
          as("owner"),
          `INSERT INTO background_tasks (kind, requested_by, status) VALUES ('tenant_export', $1, 'done')`,
          [a().users.owner],
        ),
        DENIED,
      );
      await expectSqlState(
        asActor(
          h.app,
          as("owner"),
          `INSERT INTO background_task_files (task_id, purpose, content) VALUES ($1, 'archive', '\\x00')`,
          [a().exportTask],
        ),
        DENIED,
      );
    });

    it("a job sees and updates every task", async () => {
      const job = actor.system("job:background-task.run");
      expect(await countAs(h.app, job, "background_tasks", "tenant_id = $1", [a().id])).toBe(2);
      const update = await asActor(
        h.app,
        job,
        `UPDATE background_tasks SET status = 'running' WHERE id = $1`,
        [a().importTask],
      );
      expect(update.rowCount).toBe(1);
    });
  },
);
