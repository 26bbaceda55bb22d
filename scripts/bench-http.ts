/**
 * `pnpm bench:http`: latency and throughput of an authenticated tenant tRPC query over HTTP,
 * beside the same data from a bare route handler (no auth, audit, api_usage, unit of work or
 * RLS), on a production build of apps/web against a fresh, migrated and seeded database.
 *
 * 1. database aizalo_bench_http on DATABASE_URL's server (default CI's local one), dropped at
 *    the end, even on failure; 2. `next build` (turbo; BENCH_SKIP_BUILD=1 reuses .next);
 * 3. `next start` on a free port with AIZALO_BENCH_ROUTES=enabled; 4. sign-in as a tenant owner
 * on the real sign-in page in Chromium (Debian's, or CHROMIUM_PATH), keeping the cookies the
 * browser sends to /api/trpc; 5. a fresh `next start` per path, serving only that path;
 * 6. autocannon at 10 and 50 connections, a warm-up then BENCH_SECONDS (default 15) per path,
 * taken in BENCH_ROUNDS (default 5) slices that alternate between the paths. Prints
 * p50/p95/p99, 2xx req/s, non-2xx and errors, server CPU per answer, and the throughput ratio
 * authenticated/bare. Exits 1 if a run saw non-2xx answers or errors. Traffic goes to
 * 127.0.0.1 only.
 *
 * BENCH_TARGETS=trpc,bare runs only those paths (trpc, bare, trpc-auth, uow, bare-dyn, session,
 * jwt);
 * BENCH_SERVERS=shared serves every path from the sign-in server; BENCH_SERVER_NODE_OPTIONS is
 * passed to the servers as NODE_OPTIONS (e.g. `--require` a profiler preload; --cpu-prof itself
 * is refused in NODE_OPTIONS).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cpuSpent, groupCpu, pidsCpu } from "./bench/cpu";
import { mergeLoads, runLoad, type LoadResult } from "./bench/load";
import { printReport } from "./bench/report";
import { signInAsTenantUser } from "./bench/sign-in";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WEB_DIR = path.join(ROOT, "apps/web");
const BENCH_DATABASE = "aizalo_bench_http";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = [10, 50];
const ACCOUNT = {
  subdomain: "pwani-breeze",
  email: "owner@pwani-breeze.demo.aizalo.test",
  password: "Karibu-Aizalo-254",
};

const say = (line: string) => console.log(`[bench:http] ${line}`);

const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const withDatabase = (url: string, name: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};
const ownerUrl = withDatabase(serverUrl, BENCH_DATABASE);
const maintenanceUrl = withDatabase(serverUrl, "postgres");

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: ownerUrl,
  TURBO_TELEMETRY_DISABLED: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64"),
  // A production server refuses to start without the key of TOTP secrets: a throwaway one.
  MFA_ENCRYPTION_KEY: process.env.MFA_ENCRYPTION_KEY ?? randomBytes(32).toString("base64"),
  ROOT_DOMAIN: "localhost",
};
// A configured app-role URL would point at another database: derive it from DATABASE_URL.
delete childEnv.DATABASE_APP_URL;
delete childEnv.AIZALO_BENCH_ROUTES;

function run(command: string, args: string[], what: string, cwd = ROOT): void {
  const result = spawnSync(command, args, {
    cwd,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    throw new Error(`${what} failed (exit ${result.status ?? result.signal})`);
  }
}

const psql = (sql: string) =>
  run("psql", ["-q", "-v", "ON_ERROR_STOP=1", maintenanceUrl, "-c", sql], `psql: ${sql}`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

async function waitFor(url: string, server: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited; log: ${logPath}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`the web app did not answer at ${url} within 60 s; log: ${logPath}`);
}

interface WebServer {
  origin: string;
  process: ChildProcess;
}
const servers: WebServer[] = [];
let databaseCreated = false;

async function stop(server: ChildProcess): Promise<void> {
  if (!server.pid || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  try {
    process.kill(-server.pid, "SIGTERM"); // its own process group: next and any worker
  } catch {
    // already gone
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  try {
    process.kill(-server.pid, "SIGKILL");
  } catch {
    // stopped
  }
}

async function cleanup(): Promise<void> {
  await Promise.all(servers.map((server) => stop(server.process)));
  if (databaseCreated) {
    try {
      psql(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    } catch {
      say(`could not drop ${BENCH_DATABASE}`);
    }
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    say(`${signal}: stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  say(`fresh database ${BENCH_DATABASE}`);
  databaseCreated = true;
  psql(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
  psql(`CREATE DATABASE ${BENCH_DATABASE}`);
  // The seed needs the generated Prisma client (a fresh clone has none yet; turbo caches it).
  run("pnpm", ["exec", "turbo", "run", "generate", "--output-logs=errors-only"], "prisma generate");
  run("pnpm", ["--silent", "db:migrate"], "migrations");
  run("pnpm", ["--silent", "db:seed"], "seed");

  if (process.env.BENCH_SKIP_BUILD !== "1") {
    say("building apps/web (next build)");
    run(
      "pnpm",
      ["exec", "turbo", "run", "build", "--filter=@aizalo/web", "--output-logs=errors-only"],
      "next build",
    );
  }

  const logDir = path.join(tmpdir(), "aizalo-bench-http");
  mkdirSync(logDir, { recursive: true });
  async function startServer(name: string): Promise<WebServer> {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const logPath = path.join(logDir, `web-${name}.log`);
    const log = createWriteStream(logPath);
    say(`starting next start for ${name} on :${port} (log ${logPath})`);
    const child = spawn(
      path.join(WEB_DIR, "node_modules/.bin/next"),
      ["start", "--port", String(port)],
      {
        cwd: WEB_DIR,
        detached: true, // own process group, so cleanup stops everything it started
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...childEnv,
          NODE_ENV: "production",
          WEB_ORIGIN: origin,
          AIZALO_BENCH_ROUTES: "enabled",
          ...(process.env.BENCH_SERVER_NODE_OPTIONS && {
            NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS,
          }),
        },
      },
    );
    const server = { origin, process: child };
    servers.push(server);
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    await waitFor(`${origin}/`, child, logPath);
    return server;
  }

  const shared = process.env.BENCH_SERVERS === "shared";
  const first = await startServer(shared ? "all paths" : "sign-in");
  const { origin } = first;
  say(`signing in as ${ACCOUNT.email} in Chromium`);
  const trpcPath = "/api/trpc/tenant.me";
  const trpcUrl = `${origin}${trpcPath}`;
  const cookie = await signInAsTenantUser(origin, ACCOUNT, trpcUrl);
  const cookieNames = cookie.split("; ").map((pair) => pair.slice(0, pair.indexOf("=")));
  say(`the browser sends ${cookieNames.join(", ")} to /api/trpc (${cookie.length} characters)`);
  const check = await fetch(trpcUrl, { headers: { cookie }, signal: AbortSignal.timeout(30_000) });
  const body = (await check.json()) as {
    result?: { data?: { json?: { tenant: { id: string }; user: { id: string; email: string } } } };
  };
  const me = body.result?.data?.json;
  if (check.status !== 200 || me?.user?.email !== ACCOUNT.email) {
    throw new Error(`tenant.me with the session answered ${check.status}: ${JSON.stringify(body)}`);
  }
  const ids = `tenantId=${me.tenant.id}&userId=${me.user.id}`;
  const barePath = `/api/bench/tenant-me?${ids}`;
  const bare = await fetch(`${origin}${barePath}`, { signal: AbortSignal.timeout(30_000) });
  const bareBody = await bare.json();
  if (bare.status !== 200 || JSON.stringify(bareBody) !== JSON.stringify(me)) {
    throw new Error(
      `the bare route differs from tenant.me: ${bare.status} ${JSON.stringify(bareBody)}`,
    );
  }
  const unauthenticated = await fetch(trpcUrl, { signal: AbortSignal.timeout(30_000) });
  await unauthenticated.body?.cancel();
  if (unauthenticated.status !== 401) {
    throw new Error(`tenant.me without a session answered ${unauthenticated.status}, not 401`);
  }
  say("tenant.me (session) and the bare route answer the same data; without a session: 401");

  type Path = { label: string; path: string; headers: Record<string, string> };
  const trpc: Path = { label: "trpc", path: trpcPath, headers: { cookie } };
  const bareTarget: Path = { label: "bare", path: barePath, headers: {} };
  // The breakdown, at 10 connections: where the tRPC path's time goes.
  const parts: Path[] = [
    { label: "trpc-auth", path: "/api/bench/trpc/tenant.me", headers: { cookie } },
    { label: "uow", path: `/api/bench/tenant-me-uow?${ids}`, headers: {} },
    { label: "bare-dyn", path: `/api/bench/tenant-me/tenant.me?${ids}`, headers: {} },
    { label: "session", path: "/api/bench/session", headers: { cookie } },
    { label: "jwt", path: "/api/bench/session?check=jwt", headers: { cookie } },
  ];
  const plan: { connections: number; targets: Path[] }[] = [
    { connections: 10, targets: [trpc, bareTarget, ...parts] },
    { connections: 50, targets: [trpc, bareTarget] },
  ];
  const postgresBackends = () =>
    spawnSync(
      "psql",
      [
        "-Atq",
        maintenanceUrl,
        "-c",
        `SELECT pid FROM pg_stat_activity WHERE datname = '${BENCH_DATABASE}'`,
      ],
      { encoding: "utf8" },
    )
      .stdout.split("\n")
      .filter(Boolean)
      .map(Number);
  // BENCH_TARGETS=trpc,bare (for instance) runs only those paths.
  const only = process.env.BENCH_TARGETS?.split(",").map((name) => name.trim());
  const chosen = (targets: Path[]) => targets.filter((t) => !only || only.includes(t.label));
  // Each path is served by a `next start` of its own that serves nothing else (the sign-in and
  // the checks above ran on another). V8 compiles the code the paths share (Next, Prisma, pg)
  // for the calls it has seen, and a process's garbage collections fall on whatever runs next:
  // on one server the paths change each other's speed. BENCH_SERVERS=shared serves them all
  // from the first server instead, to see that effect.
  const serverOf = new Map<string, WebServer>();
  for (const { label } of chosen(plan[0]!.targets)) {
    serverOf.set(label, shared ? first : await startServer(label));
  }
  if (!shared) await stop(first.process);
  const load = (target: Path, connections: number, seconds: number) =>
    runLoad({
      label: target.label,
      url: `${serverOf.get(target.label)!.origin}${target.path}`,
      headers: target.headers,
      connections,
      seconds,
    });
  // Every path once before any measurement, so the first one measured does not pay for the
  // JIT compiling the code they share (Next, Prisma, pg); then a short warm-up before each run.
  say(`warm-up: every path for ${WARMUP_SECONDS}s`);
  for (const target of chosen(plan[0]!.targets)) {
    await load(target, 10, WARMUP_SECONDS);
  }
  // Each path's measured time is cut into ROUNDS slices taken in turn (trpc, bare, trpc, ...),
  // so drift in the machine's speed falls on every path alike; the slices are then merged.
  const results: LoadResult[] = [];
  for (const { connections, targets } of plan) {
    const runs = new Map<string, LoadResult[]>();
    const cpu = new Map<string, { web: number; pg: number }>();
    for (const target of chosen(targets)) {
      say(`${target.label} @${connections}: warm-up ${WARMUP_SECONDS}s`);
      await load(target, connections, WARMUP_SECONDS);
    }
    for (let round = 1; round <= ROUNDS; round += 1) {
      say(`@${connections}: round ${round} of ${ROUNDS}, ${SECONDS / ROUNDS}s per path`);
      for (const target of chosen(targets)) {
        const backends = postgresBackends();
        const webPgrp = serverOf.get(target.label)!.process.pid!;
        const webBefore = groupCpu(webPgrp);
        const pgBefore = pidsCpu(backends);
        const result = await load(target, connections, SECONDS / ROUNDS);
        const spent = cpu.get(target.label) ?? { web: 0, pg: 0 };
        spent.web += cpuSpent(webBefore, groupCpu(webPgrp));
        spent.pg += cpuSpent(pgBefore, pidsCpu([...new Set([...backends, ...postgresBackends()])]));
        cpu.set(target.label, spent);
        runs.set(target.label, [...(runs.get(target.label) ?? []), result]);
      }
    }
    for (const [label, slices] of runs) {
      const merged = mergeLoads(slices);
      const spent = cpu.get(label)!;
      results.push({
        ...merged,
        sliceOkPerSecond: slices.map((slice) => slice.okPerSecond),
        webCpuMsPerOk: spent.web / Math.max(1, merged.ok),
        pgCpuMsPerOk: spent.pg / Math.max(1, merged.ok),
      });
    }
  }
  console.log(
    `\ntenant.me over HTTP (next start, production build), ${SECONDS}s per path in ` +
      `${ROUNDS} alternating slices; ` +
      "trpc = GET /api/trpc/tenant.me with the session cookie, bare = /api/bench/tenant-me " +
      "(plain Prisma as owner, explicit tenant filter); trpc-auth = the tRPC handler with " +
      "the claims read through Auth.js auth() (re-encrypts the cookie every call); uow = the " +
      "same reads in one unit of work (RLS, no session/tRPC); bare-dyn = the bare route under " +
      "a dynamic segment, as /api/trpc/[trpc] is; session = the cookie read + a " +
      "re-check in a unit of work of its own (as pages do); jwt = the cookie read only. " +
      "Latency percentiles are exact (every response recorded); " +
      "req/s counts 2xx answers only; CPU ms/req = server CPU time / 2xx answers.",
  );
  printReport(results);
  return results.some((r) => r.non2xx > 0 || r.errors > 0) ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`[bench:http] ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await cleanup();
}
process.exit(code);
