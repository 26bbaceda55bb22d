import type { Actor, Database, ScopedDb } from "@aizalo/db";
import type { z } from "zod";
import type { Logger } from "./logger";

/** pg-boss's retry settings for one queue: `retryLimit` retries after the first attempt. */
export interface RetryPolicy {
  readonly retryLimit: number;
  readonly retryDelaySeconds: number;
  /** Doubles the delay on each retry (with jitter), so a broken dependency is not hammered. */
  readonly retryBackoff: boolean;
}

/** Three retries after 30 s, 1 min and 2 min (plus jitter); then the job ends as failed. */
export const DEFAULT_RETRY: RetryPolicy = {
  retryLimit: 3,
  retryDelaySeconds: 30,
  retryBackoff: true,
};

export interface JobContext {
  /**
   * Runs `work` as this job's actor ({ type: "system", purpose: "job:<name>" }, narrowed to the
   * payload's tenant when the job names one) in one transaction. A job is one unit of work; a
   * job that must wait on an outside service (a provider API) calls it before and after the
   * call instead of holding a transaction open across it (DESIGN.md, isolation point 5).
   */
  runUnitOfWork<T>(
    work: (db: ScopedDb) => Promise<T>,
    options?: { timeoutMs?: number },
  ): Promise<T>;
  readonly log: Logger;
}

export interface JobDefinition<Payload extends object> {
  /** Queue name, `<area>.<verb>` (e.g. "outbox.deliver"); the actor's purpose is `job:<name>`. */
  readonly name: string;
  readonly payload: z.ZodType<Payload>;
  readonly handler: (payload: Payload, context: JobContext) => Promise<void>;
  readonly retry?: RetryPolicy;
  /** A cron line (UTC): the worker enqueues the job on this schedule with an empty payload. */
  readonly schedule?: string;
  /**
   * "stately" keeps at most one run waiting and one running: right for sweeps (expiries, the
   * outbox), where asking twice should not run twice. "standard" queues every request.
   */
  readonly policy?: "standard" | "stately";
  /** Confines the job's unit of work to one tenant (the query rules then add its tenant_id). */
  readonly tenantIdOf?: (payload: Payload) => string | undefined;
  /** pg-boss fails a run that takes longer (the worker may have died). */
  readonly timeoutSeconds?: number;
}

/** A job as the worker and the setup step see it: its payload type erased behind `run`. */
export interface Job<Payload extends object = object> {
  readonly name: string;
  readonly purpose: string;
  readonly payload: z.ZodType<Payload>;
  readonly retry: RetryPolicy;
  readonly schedule: string | undefined;
  readonly policy: "standard" | "stately";
  readonly timeoutSeconds: number;
  /** Validates the stored payload and runs the handler as the job's actor. */
  run(rawPayload: unknown, tools: { database: Database; log: Logger }): Promise<void>;
}

export function defineJob<Payload extends object>(
  definition: JobDefinition<Payload>,
): Job<Payload> {
  const purpose = `job:${definition.name}`;
  return {
    name: definition.name,
    purpose,
    payload: definition.payload,
    retry: definition.retry ?? DEFAULT_RETRY,
    schedule: definition.schedule,
    policy: definition.policy ?? "standard",
    timeoutSeconds: definition.timeoutSeconds ?? 300,
    async run(rawPayload, { database, log }) {
      const payload = definition.payload.parse(rawPayload);
      const tenantId = definition.tenantIdOf?.(payload);
      const actor: Actor = { type: "system", purpose, ...(tenantId && { tenantId }) };
      await definition.handler(payload, {
        log,
        runUnitOfWork: (work, options) => database.runUnitOfWork(actor, work, options),
      });
    },
  };
}
