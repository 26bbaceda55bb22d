import { tracked } from "@trpc/server";
import { getConversation } from "../../services/conversations/conversation";
import { listInbox } from "../../services/conversations/inbox";
import { listMessages } from "../../services/conversations/messages";
import { addInternalNote, replyToCustomer } from "../../services/conversations/replies";
import {
  assignConversation,
  listAssignableTeammates,
  markRead,
  setResolved,
} from "../../services/conversations/workflow";
import { router } from "../../trpc/init";
import {
  tenantPermissionProcedure,
  tenantProcedure,
  tenantSubscriptionProcedure,
} from "../../trpc/procedures";
import {
  assignInput,
  conversationInput,
  eventsInput,
  inboxInput,
  messagesInput,
  messageTextInput,
} from "./conversations.types";

/** Replying, notes, assigning, resolving and reading: `conversations.reply` (viewer never). */
const inboxWriter = tenantPermissionProcedure("conversations.reply");

/** tenant.conversations: the shared inbox. Audit rows name fields, never message text. */
export const conversationsRouter = router({
  list: tenantProcedure
    .input(inboxInput)
    .query(({ ctx, input }) => listInbox(ctx.db, ctx.session.userId, input)),
  get: tenantProcedure
    .input(conversationInput)
    .query(({ ctx, input }) => getConversation(ctx.db, input.conversationId)),
  messages: tenantProcedure
    .input(messagesInput)
    .query(({ ctx, input }) =>
      listMessages(ctx.db, { ...input, cursor: input.cursor ?? undefined }),
    ),
  teammates: tenantProcedure.query(({ ctx }) => listAssignableTeammates(ctx.db)),

  reply: inboxWriter.input(messageTextInput).mutation(async ({ ctx, input }) => {
    const message = await replyToCustomer(ctx.db, ctx.session, input);
    ctx.audit({ entity: "message", entityId: message.id, changedFields: ["content", "status"] });
    return message;
  }),
  addNote: inboxWriter.input(messageTextInput).mutation(async ({ ctx, input }) => {
    const note = await addInternalNote(ctx.db, ctx.session, input);
    ctx.audit({
      entity: "message",
      entityId: note.id,
      changedFields: ["content", "internal_note"],
    });
    return note;
  }),
  assign: inboxWriter.input(assignInput).mutation(async ({ ctx, input }) => {
    const assigned = await assignConversation(ctx.db, input);
    ctx.audit({
      entity: "conversation",
      entityId: input.conversationId,
      changedFields: ["assigned_to"],
    });
    return assigned;
  }),
  resolve: inboxWriter.input(conversationInput).mutation(async ({ ctx, input }) => {
    const resolved = await setResolved(ctx.db, { ...input, resolved: true });
    ctx.audit({
      entity: "conversation",
      entityId: input.conversationId,
      changedFields: ["status", "resolved_at"],
    });
    return resolved;
  }),
  reopen: inboxWriter.input(conversationInput).mutation(async ({ ctx, input }) => {
    const reopened = await setResolved(ctx.db, { ...input, resolved: false });
    ctx.audit({
      entity: "conversation",
      entityId: input.conversationId,
      changedFields: ["status", "resolved_at"],
    });
    return reopened;
  }),
  markRead: inboxWriter.input(conversationInput).mutation(async ({ ctx, input }) => {
    const readByTeam = !ctx.session.impersonatorId;
    const read = await markRead(ctx.db, input.conversationId, { readByTeam });
    ctx.audit({
      entity: "conversation",
      entityId: input.conversationId,
      changedFields: readByTeam ? ["unread_count"] : [],
    });
    return read;
  }),

  /**
   * The inbox's live feed over server-sent events: which conversation changed and how, never
   * its content (the client refetches through the procedures above). Authorized once when the
   * stream opens; holds no transaction; carries the session's tenant's events only. Event ids
   * are this process's: a client that reconnects with one first gets "resync" (it may have
   * missed events while away, and the refetch catches it up).
   */
  events: tenantSubscriptionProcedure.input(eventsInput).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    const tenantId = ctx.session.tenantId;
    const hub = ctx.conversationEvents();
    if (input?.lastEventId) {
      const resync = hub.resync(tenantId);
      yield tracked(resync.id, { conversationId: null, kind: resync.kind });
    }
    for await (const event of hub.events(tenantId, signal)) {
      if (event.tenantId !== tenantId) continue;
      yield tracked(event.id, { conversationId: event.conversationId, kind: event.kind });
    }
  }),
});
