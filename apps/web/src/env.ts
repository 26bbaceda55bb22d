import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/**
 * The web app's one view of its environment. The database package reads its own variables
 * (DATABASE_URL and friends); only what this app decides lives here.
 */
export const env = createEnv({
  server: {
    /** Where published websites are served; a business's site is `<subdomain>.` + this host. */
    SITES_ORIGIN: z.url().default("http://localhost:3001"),
  },
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
});
