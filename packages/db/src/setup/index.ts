// Owner-role entry points for the dev command and scripts. Never imported by the apps.
export { migrateDatabase } from "./migrate";
export { DatabaseSetupError, runCommand } from "./setup-error";
export { openTargetDatabase, type TargetDatabase } from "./target";
