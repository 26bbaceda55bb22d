import { reporters } from "@aizalo/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    reporters: reporters("api"),
  },
});
