import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantSessionClaims } from "../../auth/session";
import { appRouter } from "../../root";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { taskQueueFor } from "../../testing/task-runner";
import { createCallerFactory } from "../../trpc/init";
import { refusedWith, tenantBOwner } from "./customers.test-world";

let world: ApiWorld;
let queue: ReturnType<typeof taskQueueFor>;
beforeAll(async () => {
  world = await createApiWorld();
  queue = taskQueueFor(world);
});
afterAll(() => world.close());

const api = (person: PersonName | TenantSessionClaims) =>
  createCallerFactory(appRouter)(
    typeof person === "string"
      ? queue.contextFor(person)
      : { ...queue.contextFor("anonymous"), session: person },
  ).tenant.dataExport;

const auditRows = async (action: string, entityId: string) =>
  (
    await world.owner.query(
      "SELECT actor_role, tenant_id FROM audit_logs WHERE action = $1 AND entity_id = $2",
      [action, entityId],
    )
  ).rows;

describe("exporting everything", () => {
  let exportId = "";
  let files: Record<string, Uint8Array> = {};

  it("the owner asks, the worker gets it once committed, and progress climbs to done", async () => {
    const { id } = await api("tenant owner").request();
    exportId = id;
    expect(queue.sent).toEqual([{ taskId: id, tenantId: world.tenantA.id }]);
    expect(await api("tenant owner").list()).toContainEqual(
      expect.objectContaining({ id, status: "queued", progressPercent: 0 }),
    );
    // Asking again while it is on its way returns the same export rather than a second one.
    expect(await api("tenant owner").request()).toEqual({ id });
    expect(queue.sent).toHaveLength(1);

    const seen = await queue.run({ taskId: id, tenantId: world.tenantA.id });
    expect(seen.at(-1)).toBe(100);
    expect(seen.filter((p) => p > 0 && p < 100).length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const [done] = await api("tenant owner").list();
    expect(done).toMatchObject({ id, status: "done", progressPercent: 100, error: null });
    expect(done?.result).toMatchObject({
      fileName: expect.stringMatching(/^jacaranda-homes-export-.*\.zip$/),
    });
    expect(await auditRows("tenant.dataExport.request", id)).toEqual([
      { actor_role: "owner", tenant_id: world.tenantA.id },
      { actor_role: "owner", tenant_id: world.tenantA.id },
    ]);
  });

  it("downloads one zip with every dataset as CSV and JSON, and the download is audited", async () => {
    const { fileName, content } = await api("tenant owner").download({ id: exportId });
    expect(fileName).toMatch(/\.zip$/);
    files = unzipSync(content);
    for (const name of [
      "customers",
      "consents",
      "leads",
      "conversations",
      "messages",
      "campaigns",
      "settings",
      "team",
      "audit_log",
      "business",
    ]) {
      expect(Object.keys(files)).toContain(`${name}.csv`);
      expect(Object.keys(files)).toContain(`${name}.json`);
    }
    expect(await auditRows("tenant.dataExport.download", exportId)).toHaveLength(1);
  });

  it("holds tenant A's rows and nothing of tenant B's", async () => {
    const json = (name: string) =>
      JSON.parse(strFromU8(files[`${name}.json`]!)) as Record<string, unknown>[];
    const customers = json("customers");
    const { rows } = await world.owner.query(
      "SELECT count(*)::int AS n FROM customers WHERE tenant_id = $1",
      [world.tenantA.id],
    );
    expect(customers).toHaveLength(rows[0].n);
    for (const name of [
      "customers",
      "consents",
      "messages",
      "conversations",
      "audit_log",
      "team",
    ]) {
      const tenants = new Set(json(name).map((row) => row.tenant_id ?? world.tenantA.id));
      expect([...tenants], name).toEqual([world.tenantA.id]);
    }
    const everything = Object.values(files)
      .map((file) => strFromU8(file))
      .join("\n");
    const bPhones = await world.owner.query<{ phone: string }>(
      "SELECT phone FROM customers WHERE tenant_id = $1 LIMIT 20",
      [world.tenantB.id],
    );
    for (const { phone } of bPhones.rows) expect(everything).not.toContain(phone);
    expect(everything).not.toContain(world.tenantB.id);
    const csvHeader = strFromU8(files["customers.csv"]!).split("\r\n")[0];
    expect(csvHeader).toContain("phone");
  });

  it("never holds password hashes, sign-in secrets or token hashes", async () => {
    const everything = Object.values(files)
      .map((file) => strFromU8(file))
      .join("\n");
    expect(everything).not.toContain("$argon2");
    expect(everything).not.toMatch(/password_hash|session_version|token_hash|totp/);
    const team = JSON.parse(strFromU8(files["team.json"]!)) as Record<string, unknown>[];
    expect(team.length).toBeGreaterThan(0);
    expect(Object.keys(team[0]!)).toEqual(expect.arrayContaining(["email", "full_name", "role"]));
  });

  it("admin, staff, viewer and a platform owner logged in as the business cannot export", async () => {
    const people: PersonName[] = [
      "tenant admin",
      "tenant staff",
      "tenant viewer",
      "impersonating owner (read-only)",
      "impersonating owner (changes allowed)",
    ];
    for (const person of people) {
      await refusedWith(api(person).request(), "FORBIDDEN");
      await refusedWith(api(person).list(), "FORBIDDEN");
      await refusedWith(api(person).download({ id: exportId }), "FORBIDDEN");
    }
  });

  it("another business's owner finds neither the export nor its archive", async () => {
    const ownerOfB = await tenantBOwner(world);
    await refusedWith(api(ownerOfB).download({ id: exportId }), "NOT_FOUND");
    expect(await api(ownerOfB).list()).toEqual([]);
    await refusedWith(api("tenant owner").download({ id: crypto.randomUUID() }), "NOT_FOUND");
  });

  it("an export whose asker is no longer the owner ends failed, and the new owner sees why", async () => {
    const { id } = await api("tenant owner").request();
    const oldOwner = world.sessions["tenant owner"] as TenantSessionClaims;
    const admin = world.sessions["tenant admin"] as TenantSessionClaims;
    // Ownership moves to the admin before the worker runs it.
    await world.owner.query("UPDATE tenant_users SET role = 'owner' WHERE id = $1", [admin.userId]);
    await world.owner.query("UPDATE tenant_users SET role = 'admin' WHERE id = $1", [
      oldOwner.userId,
    ]);
    const { rows } = await world.owner.query<{ v: number }>(
      "SELECT session_version AS v FROM tenant_users WHERE id = $1",
      [admin.userId],
    );
    const newOwner: TenantSessionClaims = { ...admin, role: "owner", sessionVersion: rows[0]!.v };

    await queue.run({ taskId: id, tenantId: world.tenantA.id });
    const failed = (await api(newOwner).list()).find((task) => task.id === id);
    expect(failed).toMatchObject({
      status: "failed",
      error: expect.stringContaining("no longer its owner"),
    });
    await refusedWith(api(newOwner).download({ id }), "NOT_FOUND");
    const archives = await world.owner.query(
      "SELECT count(*)::int AS n FROM background_task_files WHERE task_id = $1",
      [id],
    );
    expect(archives.rows[0].n).toBe(0);
  });
});
