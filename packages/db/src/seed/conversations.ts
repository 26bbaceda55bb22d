import type {
  Channel,
  ConversationStatus,
  MessageStatus,
  Prisma,
  TenantRole,
} from "../generated/prisma/client";
import { addMinutes } from "./clock";
import { everydayDialogues, type Dialogue, type DialogueTurn } from "./content";
import type { CustomerSeed } from "./crm";
import { seedId } from "./ids";
import { pickTeamMember, randomFor, type Random } from "./random";
import type { TenantContext } from "./tenant-context";
import { tenantUserId } from "./tenants";
import { fill, kes } from "./text";

// Conversations and their messages, in order, with the inbox fields (last message, unread
// count, WhatsApp window) computed from the messages themselves.

const CHANNELS: readonly (readonly [Channel, number])[] = [
  ["whatsapp", 12],
  ["web", 2],
  ["sms", 2],
  ["instagram", 2],
  ["facebook", 1.5],
  ["email", 1.5],
];

const STATUSES: readonly (readonly [ConversationStatus, number])[] = [
  ["active", 3],
  ["waiting", 2],
  ["resolved", 4],
  ["abandoned", 1],
];

// How long before the business's last day on Aizalo (now, for most) the last message came, in minutes.
const LAST_MESSAGE_AGE: Record<ConversationStatus, [number, number]> = {
  active: [5, 600],
  waiting: [90, 3 * 1440],
  resolved: [1440, 40 * 1440],
  abandoned: [5 * 1440, 60 * 1440],
};

// Channels that report "read" back to the sender.
const READ_RECEIPTS = new Set<Channel>(["whatsapp", "instagram", "facebook", "web"]);

interface PlannedMessage {
  direction: "inbound" | "outbound";
  text: string;
  /** null: the assistant wrote it. */
  author: TenantRole | null;
  note: boolean;
  /** Minutes after the previous message. */
  gap: number;
}

export function conversations(
  context: TenantContext,
  customerSeeds: readonly CustomerSeed[],
): {
  conversations: Prisma.ConversationCreateManyInput[];
  messages: Prisma.MessageCreateManyInput[];
} {
  const { business } = context;
  const picker = randomFor("conversation-customers", business.industry);
  const talking = picker.sample(customerSeeds, Math.round(customerSeeds.length * 0.5) + 2);
  // The law firm answers every message itself (its ai.auto_reply setting is off).
  const assistantAnswers = business.industry !== "law";
  const conversationRows: Prisma.ConversationCreateManyInput[] = [];
  const messageRows: Prisma.MessageCreateManyInput[] = [];

  talking.forEach((customer, index) => {
    const random = randomFor("conversation", business.industry, index);
    let channel = random.weighted(CHANNELS);
    if (channel === "email" && !customer.email) channel = "whatsapp";
    const status = random.weighted(STATUSES);
    const dialogue = pickDialogue(context, random, customer);
    const planned = planMessages(context, random, dialogue, status, customer, assistantAnswers);

    // Place the chat in time: it ends a status-typical while ago, never before the business joined.
    const total = planned.reduce((sum, message) => sum + message.gap, 0);
    const [minAge, maxAge] = LAST_MESSAGE_AGE[status];
    let endAt = addMinutes(context.story.activeUntil, -random.int(minAge, maxAge));
    const earliestStart = addMinutes(context.story.createdAt, 60);
    if (addMinutes(endAt, -total) < earliestStart) endAt = addMinutes(earliestStart, total);
    const latestEnd = addMinutes(context.story.activeUntil, -1);
    if (endAt > latestEnd) endAt = latestEnd;

    const conversationId = seedId("conversation", business.industry, index);
    let at = addMinutes(endAt, -total);
    const times = planned.map((message) => (at = addMinutes(at, message.gap)));
    const visible = planned
      .map((message, position) => ({ ...message, at: times[position] ?? endAt }))
      .filter((message) => !message.note);
    const lastVisible = visible.at(-1);
    const lastInbound = visible.filter((message) => message.direction === "inbound").at(-1);
    if (!lastVisible || !lastInbound) throw new Error("A conversation starts with the customer");

    planned.forEach((message, position) => {
      const createdAt = times[position] ?? endAt;
      const answeredLater = planned
        .slice(position + 1)
        .some((later) => later.direction === "inbound");
      const isAssistant =
        message.direction === "outbound" && !message.note && message.author === null;
      const id = seedId("message", business.industry, index, position);
      const deliveryStatus =
        message.direction === "inbound" || message.note
          ? null
          : outboundStatus(random, channel, answeredLater);
      messageRows.push({
        id,
        tenantId: context.tenantId,
        conversationId,
        direction: message.direction,
        channel,
        content: message.text,
        status: deliveryStatus,
        isInternalNote: message.note,
        authorId: message.author ? tenantUserId(business, message.author) : null,
        externalId: message.note ? null : providerMessageId(channel, id),
        failureReason:
          deliveryStatus === "failed"
            ? "Not delivered: the phone was unreachable for 48 hours"
            : null,
        aiConfidence: isAssistant ? (0.72 + random.next() * 0.25).toFixed(2) : null,
        processingTimeMs: isAssistant ? random.int(400, 2500) : null,
        tokensUsed: isAssistant ? random.int(80, 400) : null,
        createdAt,
        updatedAt: createdAt,
      });
    });

    // Unread: what the customer said after the team's last reply, while the chat is open.
    const lastReplyIndex = visible.findLastIndex((message) => message.direction === "outbound");
    const unreadCount = status === "active" ? visible.slice(lastReplyIndex + 1).length : 0;
    const humanReplier =
      planned.find(
        (message) => message.direction === "outbound" && message.author !== null && !message.note,
      )?.author ?? null;
    const converted =
      status === "resolved" && dialogue.offering !== undefined && random.chance(0.5);
    const firstAt = times[0] ?? endAt;
    conversationRows.push({
      id: conversationId,
      tenantId: context.tenantId,
      customerId: customer.id,
      channel,
      status,
      aiModelUsed: planned.some(
        (message) => message.direction === "outbound" && message.author === null,
      )
        ? "local"
        : null,
      responseTimes: responseTimes(visible),
      sentimentScore: sentiment(random, status, converted),
      converted,
      conversionValue: converted ? `${offeringPrice(context, dialogue)}.00` : null,
      assignedTo: humanReplier ? tenantUserId(business, humanReplier) : null,
      metadata: channel === "web" ? { page: random.pick(["/", "/services", "/contact"]) } : {},
      lastMessageAt: lastVisible.at,
      unreadCount,
      whatsappWindowExpiresAt: channel === "whatsapp" ? addMinutes(lastInbound.at, 24 * 60) : null,
      createdAt: firstAt,
      updatedAt: lastVisible.at,
      resolvedAt: status === "resolved" ? addMinutes(lastVisible.at, random.int(5, 120)) : null,
    });

    // The customer record agrees with the chat: known since it began, active when last heard.
    if (firstAt < customer.row.createdAt) customer.row.createdAt = addMinutes(firstAt, -10);
    if (!customer.row.lastActiveAt || lastInbound.at > customer.row.lastActiveAt)
      customer.row.lastActiveAt = lastInbound.at;
    if (channel === "whatsapp" || channel === "sms") customer.row.phoneVerified = true;
    if (channel === "email") customer.row.emailVerified = true;
  });

  for (const row of conversationRows) {
    if (row.resolvedAt && row.resolvedAt > context.clock.now)
      row.resolvedAt = context.clock.minutesAgo(1);
  }
  return { conversations: conversationRows, messages: messageRows };
}

function pickDialogue(context: TenantContext, random: Random, customer: CustomerSeed): Dialogue {
  const own = context.content.dialogues.filter(
    (dialogue) => dialogue.language === customer.language,
  );
  const everyday = everydayDialogues.filter((dialogue) => dialogue.language === customer.language);
  const pool = own.length > 0 && random.chance(0.75) ? own : everyday;
  return random.pick(pool.length > 0 ? pool : context.content.dialogues);
}

function planMessages(
  context: TenantContext,
  random: Random,
  dialogue: Dialogue,
  status: ConversationStatus,
  customer: CustomerSeed,
  assistantAnswers: boolean,
): PlannedMessage[] {
  const turns = cutForStatus(random, dialogue.turns, status);
  const slots = {
    name: customer.name.firstName,
    business: context.business.name,
    address: context.business.address,
    town: context.town.name,
    offering: dialogue.offering ?? "",
    price: kes(offeringPrice(context, dialogue)),
  };
  const planned: PlannedMessage[] = [];
  let noteWritten = !random.chance(0.2);
  turns.forEach((turn, position) => {
    const text = fill(turn.text, slots);
    if (turn.from === "customer") {
      planned.push({
        direction: "inbound",
        text,
        author: null,
        note: false,
        gap: position === 0 ? 0 : random.int(1, 90),
      });
      return;
    }
    const byAssistant = assistantAnswers && random.chance(0.55);
    const author = byAssistant ? null : pickTeamMember(random);
    // The assistant answers in seconds, people in minutes.
    planned.push({
      direction: "outbound",
      text,
      author,
      note: false,
      gap: byAssistant ? random.int(1, 3) / 6 : random.int(2, 45),
    });
    if (!noteWritten) {
      noteWritten = true;
      planned.push({
        direction: "outbound",
        text: random.pick(context.content.internalNotes),
        author: random.weighted([
          ["staff", 2],
          ["admin", 1],
        ] as const),
        note: true,
        gap: random.int(1, 10),
      });
    }
  });
  return planned;
}

/** The part of a dialogue that has happened, given where the conversation stands. */
function cutForStatus(
  random: Random,
  turns: readonly DialogueTurn[],
  status: ConversationStatus,
): readonly DialogueTurn[] {
  const positionsOf = (from: DialogueTurn["from"]) =>
    turns.flatMap((turn, position) => (turn.from === from ? [position] : []));
  switch (status) {
    case "resolved":
      return turns;
    case "active":
      // Often the customer has just written and nobody has answered yet.
      return random.chance(0.6) ? turns.slice(0, random.pick(positionsOf("customer")) + 1) : turns;
    case "waiting":
      // The business answered and waits for the customer.
      return turns.slice(0, random.pick(positionsOf("business")) + 1);
    case "abandoned":
      return turns.slice(0, (positionsOf("business")[0] ?? 0) + 1);
  }
}

function outboundStatus(random: Random, channel: Channel, answeredLater: boolean): MessageStatus {
  if (answeredLater) return READ_RECEIPTS.has(channel) ? "read" : "delivered";
  if (channel === "sms" && random.chance(0.15)) return "failed";
  if (channel === "email")
    return random.weighted([
      ["sent", 1],
      ["delivered", 2],
    ] as const);
  if (READ_RECEIPTS.has(channel))
    return random.weighted([
      ["read", 5],
      ["delivered", 4],
      ["sent", 1],
    ] as const);
  return "delivered";
}

/** What each provider's own message id looks like; web chat messages have none. */
function providerMessageId(channel: Channel, messageId: string): string | null {
  const token = messageId.replace(/-/g, "");
  switch (channel) {
    case "whatsapp":
      return `wamid.${Buffer.from(token, "hex").toString("base64url")}`;
    case "sms":
      return `ATXid_${token}`;
    case "email":
      return `<${token}@mail.demo.aizalo.test>`;
    case "instagram":
    case "facebook":
    case "tiktok":
      return `m_${token}`;
    case "web":
      return null;
  }
}

/** Seconds from each customer message to the team's next reply. */
function responseTimes(visible: readonly { direction: string; at: Date }[]): number[] {
  const times: number[] = [];
  let waitingSince: Date | null = null;
  for (const message of visible) {
    if (message.direction === "inbound") waitingSince ??= message.at;
    else if (waitingSince) {
      times.push(Math.round((message.at.getTime() - waitingSince.getTime()) / 1000));
      waitingSince = null;
    }
  }
  return times;
}

function sentiment(random: Random, status: ConversationStatus, converted: boolean): string {
  const [low, high] = converted
    ? [0.5, 0.95]
    : status === "abandoned"
      ? [-0.4, 0.2]
      : status === "resolved"
        ? [0.2, 0.8]
        : [-0.1, 0.6];
  return (low + random.next() * (high - low)).toFixed(2);
}

function offeringPrice(context: TenantContext, dialogue: Dialogue): number {
  if (!dialogue.offering) return 0;
  const offering = context.content.offerings.find(
    (candidate) => candidate.name === dialogue.offering,
  );
  if (!offering) throw new Error(`Dialogue names an unknown offering: ${dialogue.offering}`);
  return offering.price;
}
