import { z } from "zod";
import { defineJob } from "../define-job";

/**
 * Deletes reset links past their hour, used or not: neither can be used again, and audit_logs
 * keeps the history of resets.
 */
export const expirePasswordResetsJob = defineJob({
  name: "expire.password-resets",
  payload: z.object({}).strict(),
  schedule: "*/5 * * * *",
  policy: "stately",
  async handler(_payload, { runUnitOfWork, log }) {
    const { count } = await runUnitOfWork((db) =>
      db.passwordReset.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    );
    log.info({ deleted: count }, "expired password resets removed");
  },
});
