import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/**
 * The sites app's one view of its environment. The database package reads its own variables
 * (DATABASE_URL and friends); only what this app decides lives here.
 */
export const env = createEnv({
  server: {
    /** Businesses' sites live at `<subdomain>.<ROOT_DOMAIN>`; locally `acme.localhost`. */
    ROOT_DOMAIN: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9.-]+$/, "a bare host name such as aizalo.co.ke, without scheme or port")
      .default("localhost"),
    /** The dashboards app, where `/dashboard` on a site sends the business's team. */
    WEB_ORIGIN: z.url().default("http://localhost:3000"),
  },
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
});
