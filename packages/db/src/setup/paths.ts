import path from "node:path";
import { fileURLToPath } from "node:url";

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Plain path strings (not `new URL(...)`): Turbopack cannot follow the latter. */
export const MIGRATIONS_DIR = path.join(packageRoot, "migrations");
export const REPOSITORY_ROOT = path.resolve(packageRoot, "../..");
export const DEV_DATA_DIR = path.join(REPOSITORY_ROOT, ".data", "postgres");
