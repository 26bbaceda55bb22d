/**
 * Runs once when the server starts (Next's instrumentation hook; `next build` skips it): the
 * environment is validated then (instrumentation-node.ts), so a production server with a
 * missing or malformed secret stops at start with the variable's name instead of failing its
 * first sign-in. Node-only code lives in its own module, which the edge bundle never includes.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvironmentAtStart } = await import("./instrumentation-node");
    await checkEnvironmentAtStart();
  }
}
