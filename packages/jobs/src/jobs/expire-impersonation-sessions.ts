import { z } from "zod";
import { defineJob } from "../define-job";

/**
 * Closes "login as tenant" sessions whose 30 minutes ran out without a Stop: ended_at is set to
 * the moment they expired, so the record says when access really ended. (RLS already refuses
 * an expired session; this keeps the list of open sessions honest.)
 */
export const expireImpersonationSessionsJob = defineJob({
  name: "expire.impersonation-sessions",
  payload: z.object({}).strict(),
  schedule: "*/5 * * * *",
  policy: "stately",
  async handler(_payload, { runUnitOfWork, log }) {
    const count = await runUnitOfWork(
      (db) => db.$executeRaw`
        UPDATE impersonation_sessions SET ended_at = expires_at
        WHERE ended_at IS NULL AND expires_at < now()`,
    );
    log.info({ ended: count }, "expired impersonation sessions ended");
  },
});
