import type { Database } from "@aizalo/db";
import { rootLogger } from "../logger";
import { ApiUsageLog } from "./usage-log";

export { ApiUsageLog, type ApiUsageLogOptions, type ApiUsageRow } from "./usage-log";

// One log per database: a process has one, a test file may make its own. Kept on globalThis,
// like the database, so Next's hot reload does not start a second buffer and exit hook.
const globalForUsage = globalThis as typeof globalThis & {
  aizaloApiUsageLogs?: Map<Database, ApiUsageLog>;
};

function usageLogs(): Map<Database, ApiUsageLog> {
  if (!globalForUsage.aizaloApiUsageLogs) {
    globalForUsage.aizaloApiUsageLogs = new Map();
    // A process that simply runs out of work (a script, a job runner) writes its last rows too.
    process.once("beforeExit", () => void flushApiUsage());
  }
  return globalForUsage.aizaloApiUsageLogs;
}

export function apiUsageLogFor(database: Database): ApiUsageLog {
  const logs = usageLogs();
  let log = logs.get(database);
  if (!log) {
    log = new ApiUsageLog(database, rootLogger.child({ component: "api-usage" }));
    logs.set(database, log);
  }
  return log;
}

/** On shutdown (the web app's SIGTERM handler): write every buffered row before exiting. */
export async function flushApiUsage(): Promise<void> {
  await Promise.all([...usageLogs().values()].map((log) => log.flush()));
}
