import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Logger } from "../logger";
import {
  CONVERSATION_EVENTS_CHANNEL,
  parseNotification,
  type ConversationEvent,
} from "./conversation-event";

export interface ConversationEventHubOptions {
  /** A direct connection as the app role: LISTEN does not survive a transaction-mode pooler. */
  connectionString: string;
  logger?: Pick<Logger, "warn" | "error">;
  /** First wait before reconnecting a lost LISTEN connection; doubles up to 30 s. */
  reconnectDelayMs?: number;
  /** How long the connection stays open after its last subscriber leaves. */
  idleCloseMs?: number;
}

interface Subscriber {
  deliver(event: ConversationEvent): void;
  /** Lets a waiting stream see that the hub closed. */
  wake(): void;
}

/** Events a slow subscriber may have waiting before they are folded into one "resync". */
const MAX_PENDING = 100;
const MAX_RECONNECT_DELAY_MS = 30_000;

/**
 * One LISTEN connection per process, fanning PostgreSQL's conversation events out in memory to
 * the process's open inbox streams (DESIGN.md, isolation point 6). Subscribers are kept per
 * tenant, and each stream checks the tenant again on every event, so a tenant's stream only ever
 * carries its own tenant's events. It is not a unit of work: no transaction, no actor settings,
 * and it reads no table; a notification carries ids and a kind, never content.
 */
export class ConversationEventHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly bootId = randomBytes(4).toString("hex");
  private sequence = 0;
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private reconnectDelayMs: number;
  private closed = false;

  constructor(private readonly options: ConversationEventHubOptions) {
    this.reconnectDelayMs = options.reconnectDelayMs ?? 1_000;
  }

  /**
   * The tenant's events until `signal` aborts or the consumer stops. Listening starts with the
   * first subscriber; `listening()` resolves once PostgreSQL has taken the LISTEN.
   */
  async *events(tenantId: string, signal?: AbortSignal): AsyncGenerator<ConversationEvent> {
    const pending: ConversationEvent[] = [];
    let wake: (() => void) | null = null;
    const stop = () => wake?.();
    const subscriber: Subscriber = {
      deliver: (event) => {
        if (event.tenantId !== tenantId) return; // checked per event, not only per map key
        if (pending.length >= MAX_PENDING) {
          pending.splice(0, pending.length, this.resync(tenantId));
        } else {
          pending.push(event);
        }
        wake?.();
      },
      wake: stop,
    };
    signal?.addEventListener("abort", stop);
    const unsubscribe = this.add(tenantId, subscriber);
    try {
      while (!signal?.aborted && !this.closed) {
        const next = pending.shift();
        if (next) {
          yield next;
          continue;
        }
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
    } finally {
      unsubscribe();
      signal?.removeEventListener("abort", stop);
    }
  }

  /** Resolves once the LISTEN connection is up (or rejects with why it is not). */
  listening(): Promise<void> {
    return this.connecting ?? (this.client ? Promise.resolve() : this.connect());
  }

  /** Open streams, over all tenants (for tests and health checks). */
  subscriberCount(): number {
    let count = 0;
    for (const set of this.subscribers.values()) count += set.size;
    return count;
  }

  /** A "resync" event: refetch everything, something may have been missed. */
  resync(tenantId: string): ConversationEvent {
    return { id: this.nextId(), tenantId, conversationId: null, kind: "resync" };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.clearTimers();
    for (const set of this.subscribers.values()) {
      for (const subscriber of set) subscriber.wake();
    }
    this.subscribers.clear();
    await this.disconnect();
  }

  private add(tenantId: string, subscriber: Subscriber): () => void {
    let set = this.subscribers.get(tenantId);
    if (!set) this.subscribers.set(tenantId, (set = new Set()));
    set.add(subscriber);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (!this.client && !this.connecting && !this.reconnectTimer) {
      this.connect().catch(() => this.scheduleReconnect());
    }
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.subscribers.delete(tenantId);
      if (this.subscribers.size === 0) this.closeWhenIdle();
    };
  }

  private connect(): Promise<void> {
    if (this.closed) return Promise.reject(new Error("The event hub is closed"));
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.options.connectionString });
      client.on("notification", (message) => {
        if (message.channel === CONVERSATION_EVENTS_CHANNEL) this.dispatch(message.payload);
      });
      client.on("error", (error) => this.lost(client, error));
      client.on("end", () => this.lost(client));
      try {
        await client.connect();
        await client.query(`LISTEN ${CONVERSATION_EVENTS_CHANNEL}`);
      } catch (error) {
        client.removeAllListeners();
        await client.end().catch(() => {});
        this.options.logger?.warn({ err: error }, "conversation events: cannot listen");
        throw error;
      }
      this.client = client;
      this.reconnectDelayMs = this.options.reconnectDelayMs ?? 1_000;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private dispatch(payload: string | undefined): void {
    const notification = parseNotification(payload);
    if (!notification) {
      this.options.logger?.warn("conversation events: ignored a malformed notification");
      return;
    }
    const set = this.subscribers.get(notification.tenantId);
    if (!set) return;
    const event: ConversationEvent = { id: this.nextId(), ...notification };
    for (const subscriber of set) subscriber.deliver(event);
  }

  /** The connection dropped: reconnect, then tell every stream to refetch (events were missed). */
  private lost(client: pg.Client, error?: Error): void {
    if (this.client !== client) return;
    this.client = null;
    client.removeAllListeners();
    client.on("error", () => {});
    if (this.closed || this.subscribers.size === 0) return;
    this.options.logger?.warn({ err: error }, "conversation events: connection lost");
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer || this.subscribers.size === 0) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.subscribers.size === 0) return;
      this.connect().then(
        () => {
          for (const [tenantId, set] of this.subscribers) {
            const event = this.resync(tenantId);
            for (const subscriber of set) subscriber.deliver(event);
          }
        },
        () => {
          this.reconnectDelayMs = Math.min(this.reconnectDelayMs * 2, MAX_RECONNECT_DELAY_MS);
          this.scheduleReconnect();
        },
      );
    }, this.reconnectDelayMs);
    this.reconnectTimer.unref();
  }

  private closeWhenIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.subscribers.size === 0) void this.disconnect();
    }, this.options.idleCloseMs ?? 30_000);
    this.idleTimer.unref();
  }

  private async disconnect(): Promise<void> {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    await this.connecting?.catch(() => {});
    const client = this.client;
    this.client = null;
    if (!client) return;
    client.removeAllListeners();
    client.on("error", () => {});
    await client.end().catch(() => {});
  }

  private clearTimers(): void {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.reconnectTimer = this.idleTimer = null;
  }

  private nextId(): string {
    this.sequence += 1;
    return `${this.bootId}-${this.sequence}`;
  }
}
