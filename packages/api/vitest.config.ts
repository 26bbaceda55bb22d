import { reporters } from "@aizalo/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Real PostgreSQL for every test file: a migrated, seeded template each file clones.
    globalSetup: ["@aizalo/db/testing/global-setup"],
    include: ["src/**/*.test.ts"],
    // One file at a time: no slower here (the database is the bottleneck, 2 cores), and the
    // sign-in timing test compares argon2 durations that a neighbouring file's load would skew.
    fileParallelism: false,
    reporters: reporters("api"),
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
