import { reporters } from "@aizalo/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Real PostgreSQL for every test file: a migrated, seeded template each file clones.
    globalSetup: ["@aizalo/db/testing/global-setup"],
    include: ["src/**/*.test.ts"],
    reporters: reporters("api"),
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
