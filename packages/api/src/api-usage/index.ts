import type { Database } from "@aizalo/db";
import { rootLogger } from "../logger";
import { ApiUsageLog } from "./usage-log";

export { ApiUsageLog, type ApiUsageLogOptions, type ApiUsageRow } from "./usage-log";

// One log per database: a process has one, a test file may make its own.
const logs = new Map<Database, ApiUsageLog>();

export function apiUsageLogFor(database: Database): ApiUsageLog {
  let log = logs.get(database);
  if (!log) {
    log = new ApiUsageLog(database, rootLogger.child({ component: "api-usage" }));
    logs.set(database, log);
  }
  return log;
}

/** On shutdown: write every buffered row before the process exits. */
export async function flushApiUsage(): Promise<void> {
  await Promise.all([...logs.values()].map((log) => log.flush()));
}

// A process that simply runs out of work (a script, a job runner) writes its last rows too.
process.once("beforeExit", () => void flushApiUsage());
