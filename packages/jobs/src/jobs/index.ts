import type { Job } from "../define-job";
import { logSender } from "../outbox/log-sender";
import type { OutboxSender } from "../outbox/outbox-sender";
import { backgroundTaskRunJob } from "./background-task-run";
import { backgroundTasksSweepJob } from "./background-tasks-sweep";
import { campaignScheduleJob } from "./campaign-schedule";
import { demoExpiryJob } from "./demo-expiry";
import { expireImpersonationSessionsJob } from "./expire-impersonation-sessions";
import { expireInvitationsJob } from "./expire-invitations";
import { expirePasswordResetsJob } from "./expire-password-resets";
import { outboxDeliverJob } from "./outbox-deliver";
import { subscriptionLifecycleJob } from "./subscription-lifecycle";

export interface JobRegistryOptions {
  /** Where outbox messages go; the development log (links hidden) by default. */
  readonly outboxSender?: OutboxSender;
}

/** Every job the worker runs. A later issue adds its job here, and `pnpm db:migrate` its queue. */
export function createJobRegistry(options: JobRegistryOptions = {}): readonly Job[] {
  return [
    outboxDeliverJob({ send: options.outboxSender ?? logSender({ showLinks: false }) }),
    expireInvitationsJob,
    expirePasswordResetsJob,
    expireImpersonationSessionsJob,
    subscriptionLifecycleJob(),
    demoExpiryJob(),
    backgroundTaskRunJob,
    backgroundTasksSweepJob(),
    campaignScheduleJob(),
  ];
}
