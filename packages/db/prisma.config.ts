import path from "node:path";
import { defineConfig } from "prisma/config";

// `generate`, `validate` and `format` never run the native schema engine, yet the CLI insists on
// resolving one, and it cannot be downloaded on these machines. Pointing the variable at any
// existing file satisfies the check. Only for those commands: anything that would really run
// the engine (migrate, db push/pull) must fail loudly rather than execute this file.
const OFFLINE_COMMANDS = new Set(["generate", "validate", "format"]);
const command = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
if (command && OFFLINE_COMMANDS.has(command) && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}

export default defineConfig({
  // The SQL files in ./migrations are the source of truth; this schema mirrors them.
  schema: path.join("prisma", "schema.prisma"),
});
