/**
 * Runs once when the server starts (Next's instrumentation hook; `next build` skips it): the
 * environment is validated here, so a production server with a missing or malformed secret
 * stops at start with the variable's name instead of failing its first sign-in. Next itself
 * only logs a failing hook and keeps serving errors, so the process exits.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    await import("./env");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
