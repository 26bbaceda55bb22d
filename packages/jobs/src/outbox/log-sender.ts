import type { OutboxSender } from "./outbox-sender";

/**
 * Payload fields that carry a live secret: a reset or invitation link holds its single-use
 * token. By convention the flows that write such a message put the link in `link`.
 */
const SECRET_FIELDS = ["link", "token"] as const;

/**
 * The channel until real providers exist: a structured log line per message, with recipient and
 * kind. In development the link is printed too, so a person can follow it; in production it
 * never reaches the logs.
 */
export function logSender(options: { showLinks: boolean }): OutboxSender {
  return async (message, log) => {
    const link = message.payload.link;
    log.info(
      {
        outboxMessageId: message.id,
        tenantId: message.tenantId,
        channel: message.channel,
        recipient: message.recipient,
        kind: message.kind,
        ...(options.showLinks && typeof link === "string"
          ? { devLink: link }
          : { withheld: SECRET_FIELDS.filter((field) => field in message.payload) }),
      },
      `outbox: ${message.kind} to ${message.recipient} (development log)`,
    );
  };
}
