import {
  addClientNote,
  addClientNoteInput,
  clientIdInput,
  getMyClient,
  listMyClients,
} from "../../services/sales-portal/clients";
import { viewerOf } from "../../services/sales-portal/viewer";
import { router } from "../../trpc/init";
import { salesProcedure } from "../../trpc/procedures";

/** sales.clients: the businesses I look after, and the notes kept on them. */
export const clientsRouter = router({
  list: salesProcedure.query(({ ctx }) => listMyClients(ctx.db, viewerOf(ctx.session))),
  get: salesProcedure
    .input(clientIdInput)
    .query(({ ctx, input }) => getMyClient(ctx.db, viewerOf(ctx.session), input.tenantId)),
  addNote: salesProcedure.input(addClientNoteInput).mutation(async ({ ctx, input }) => {
    const note = await addClientNote(ctx.db, viewerOf(ctx.session), input);
    ctx.audit({
      entity: "sales_client_note",
      entityId: note.id,
      tenantId: input.tenantId,
      changedFields: ["body"],
    });
    return note;
  }),
});
