import { z } from "zod";
import { defineJob } from "../define-job";

/**
 * Deletes invitations whose link expired before anyone accepted it: the token hash is dead
 * weight, and resending makes a new invitation. Accepted ones stay as the record of who joined.
 */
export const expireInvitationsJob = defineJob({
  name: "expire.invitations",
  payload: z.object({}).strict(),
  schedule: "*/5 * * * *",
  policy: "stately",
  async handler(_payload, { runUnitOfWork, log }) {
    const { count } = await runUnitOfWork((db) =>
      db.invitation.deleteMany({ where: { acceptedAt: null, expiresAt: { lt: new Date() } } }),
    );
    log.info({ deleted: count }, "expired invitations removed");
  },
});
