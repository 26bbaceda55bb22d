import type { Logger } from "../logger";

/** One outbox row on its way out, as the delivery job claimed it. */
export interface OutboxDelivery {
  readonly id: string;
  readonly tenantId: string | null;
  readonly channel: "email" | "sms" | "whatsapp";
  readonly recipient: string;
  readonly kind: string;
  readonly payload: Readonly<Record<string, unknown>>;
  /** This attempt's number, from 1. */
  readonly attempt: number;
}

/**
 * Hands one message to a channel (an email, SMS or WhatsApp provider). Throws when the channel
 * refuses or cannot be reached; the delivery job then retries the message later. Runs outside
 * any unit of work.
 */
export type OutboxSender = (message: OutboxDelivery, log: Logger) => Promise<void>;
