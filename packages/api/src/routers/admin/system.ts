import { z } from "zod";
import { apiEnv } from "../../env";
import {
  endpointUsage,
  evaluateAlerts,
  listSystemLogs,
  LOG_LEVELS,
  systemLogSources,
  USAGE_WINDOWS,
  type UsageWindow,
} from "../../services/platform-metrics";
import { router } from "../../trpc/init";
import { adminProcedure } from "../../trpc/procedures";

export const systemLogsInput = z.object({
  minLevel: z.enum(LOG_LEVELS).optional(),
  source: z.string().trim().min(1).max(200).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(10).max(100).default(25),
});

export const endpointUsageInput = z.object({
  window: z.enum(Object.keys(USAGE_WINDOWS) as [UsageWindow, ...UsageWindow[]]).default("24h"),
});

/** admin.system: logs, API usage by endpoint and the alert rules, for /admin/system. */
export const systemRouter = router({
  logs: adminProcedure
    .input(systemLogsInput)
    .query(({ ctx, input }) => listSystemLogs(ctx.db, input)),
  logSources: adminProcedure.query(({ ctx }) => systemLogSources(ctx.db)),
  endpointUsage: adminProcedure
    .input(endpointUsageInput)
    .query(({ ctx, input }) => endpointUsage(ctx.db, input.window, new Date())),
  /** ROADMAP 10.C's rules measured now; rules we cannot measure say so. */
  evaluateAlerts: adminProcedure.query(({ ctx }) => {
    const env = apiEnv();
    return evaluateAlerts(ctx.db, {
      now: new Date(),
      mutationLimit: {
        points: env.MUTATION_RATE_LIMIT_POINTS,
        windowSeconds: env.MUTATION_RATE_LIMIT_WINDOW_SECONDS,
      },
    });
  }),
});
