import { z } from "zod";
import { auditFilterOptions, listAuditLog } from "../../services/platform-metrics";
import { router } from "../../trpc/init";
import { adminProcedure } from "../../trpc/procedures";

const day = z.iso.date({ error: "Give a date as YYYY-MM-DD." });
const name = z.string().trim().min(1).max(200);

export const auditListInput = z
  .object({
    actorId: z.uuid().optional(),
    tenantId: z.uuid().optional(),
    action: name.optional(),
    entity: name.optional(),
    from: day.optional(),
    to: day.optional(),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(10).max(100).default(25),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: "The start date must not be after the end date.",
    path: ["to"],
  });

/** admin.audit: every recorded change, for /admin/audit. */
export const auditRouter = router({
  list: adminProcedure.input(auditListInput).query(({ ctx, input }) => listAuditLog(ctx.db, input)),
  filterOptions: adminProcedure.query(({ ctx }) => auditFilterOptions(ctx.db)),
});
