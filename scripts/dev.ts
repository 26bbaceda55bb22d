/**
 * `pnpm dev`: the whole platform on one machine. Without DATABASE_URL it starts the embedded
 * PostgreSQL (data in .data/postgres), migrates, sets up the job queue, seeds the demo data once,
 * then runs the web app (:3000), the public sites (:3001) and the job worker through turbo until
 * Ctrl-C.
 */
import { spawn } from "node:child_process";
import { DEMO_PASSWORD, DEMO_SIGN_INS, isSeeded, seedDemoData } from "@aizalo/db/seed";
import { migrateDatabase, openTargetDatabase, runCommand } from "@aizalo/db/setup";
import { migrateJobQueue } from "@aizalo/jobs/setup";

await runCommand(async () => {
  const target = await openTargetDatabase((line) => console.error(line));
  let stopping = false;
  const stopDatabase = async () => {
    if (stopping) return;
    stopping = true;
    await target.stop().catch(() => {});
  };
  try {
    console.log(
      target.embedded
        ? `embedded PostgreSQL on 127.0.0.1:${target.embedded.port}`
        : "using DATABASE_URL",
    );
    await migrateDatabase(target.ownerUrl, { appPassword: target.appPassword, log: console.log });
    await migrateJobQueue(target.ownerUrl, { log: console.log });
    if (await isSeeded(target.ownerUrl)) {
      console.log("demo data already present (pnpm db:reset starts over)");
    } else {
      await seedDemoData(target.ownerUrl, { log: console.log });
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  printWelcome();
  const turboArgs = ["run", "dev", "--ui=stream", "--filter=./apps/*", "--filter=@aizalo/jobs"];
  const apps = spawn("pnpm", ["exec", "turbo", ...turboArgs], {
    stdio: "inherit",
    env: {
      ...process.env,
      TURBO_TELEMETRY_DISABLED: "1",
      DATABASE_URL: target.ownerUrl,
      DATABASE_APP_URL: target.appUrl,
    },
  });
  // Ctrl-C already reaches every process of the terminal's group; forward a signal only if the
  // apps are still running a moment later (a signal sent to this process alone).
  let interrupted = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      interrupted = true;
      setTimeout(() => {
        if (apps.exitCode === null) apps.kill(signal);
      }, 1_000).unref();
    });
  }
  const code = await new Promise<number>((resolve) =>
    apps.on("exit", (exitCode) => resolve(exitCode ?? 0)),
  );
  await stopDatabase();
  console.log(
    target.embedded ? "stopped the apps and the embedded PostgreSQL" : "stopped the apps",
  );
  process.exit(interrupted ? 0 : code);
});

function printWelcome(): void {
  const labelWidth = Math.max(...DEMO_SIGN_INS.map((account) => account.label.length));
  const urlWidth = Math.max(...DEMO_SIGN_INS.map((account) => account.url.length));
  const lines = [
    "",
    "Aizalo is starting:",
    "  web app        http://localhost:3000",
    "  staff sign-in  http://localhost:3000/login",
    "  public sites   http://<subdomain>.localhost:3001",
    "  job worker     outbox messages (reset and invite links) print in its log",
    "",
    `Demo sign-ins (password for all: ${DEMO_PASSWORD}):`,
    ...DEMO_SIGN_INS.map(
      (account) =>
        `  ${account.label.padEnd(labelWidth)} ${account.url.padEnd(urlWidth)} ${account.email}`,
    ),
    "",
  ];
  console.log(lines.join("\n"));
}
