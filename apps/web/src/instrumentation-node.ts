/**
 * Validates the environment (src/env.ts) when the Node.js server starts. Next itself only logs
 * a failing instrumentation hook and keeps serving errors, so the process exits instead.
 */
export async function checkEnvironmentAtStart(): Promise<void> {
  try {
    await import("./env");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
