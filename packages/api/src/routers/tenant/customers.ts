import {
  applyCustomerRows,
  checkCustomerCsv,
  createCustomer,
  createCustomerInput,
  customerDetail,
  customerFilter,
  customerFilterOptions,
  customerIdInput,
  eraseCustomer,
  exportCustomerData,
  exportCustomersCsv,
  importCustomersInput,
  listCustomers,
  listCustomersInput,
  recordConsent,
  recordConsentInput,
  updateCustomer,
  updateCustomerInput,
} from "../../services/customers";
import { BACKGROUND_IMPORT_ROWS, queueCustomerImport } from "../../services/customers/import-task";
import { findTask } from "../../services/background-tasks/task-view";
import { NotFoundError } from "../../errors";
import { z } from "zod";
import { router } from "../../trpc/init";
import {
  tenantAdminProcedure,
  tenantPermissionProcedure,
  tenantProcedure,
} from "../../trpc/procedures";

const customerWriter = tenantPermissionProcedure("customers.write");
/** Who recorded a change: a platform owner "logged in as" the business has no user row here. */
const recorder = (session: { userId: string; impersonatorId?: string | null }) =>
  session.impersonatorId ? null : session.userId;

/** tenant.customers: the business's CRM. Every call sees only the session's tenant. */
export const customersRouter = router({
  list: tenantProcedure
    .input(listCustomersInput)
    .query(({ ctx, input }) => listCustomers(ctx.db, input)),
  filterOptions: tenantProcedure.query(({ ctx }) =>
    customerFilterOptions(ctx.db, ctx.session.tenantId),
  ),
  get: tenantProcedure
    .input(customerIdInput)
    .query(({ ctx, input }) => customerDetail(ctx.db, input.id)),

  create: customerWriter.input(createCustomerInput).mutation(async ({ ctx, input }) => {
    const customer = await createCustomer(ctx.db, input);
    ctx.audit({ entity: "customer", entityId: customer.id, changedFields: input });
    return customer;
  }),
  update: customerWriter.input(updateCustomerInput).mutation(async ({ ctx, input }) => {
    const { id, ...changes } = input;
    const customer = await updateCustomer(ctx.db, id, changes);
    ctx.audit({ entity: "customer", entityId: id, changedFields: changes });
    return customer;
  }),
  recordConsent: customerWriter.input(recordConsentInput).mutation(async ({ ctx, input }) => {
    const saved = await recordConsent(ctx.db, input, recorder(ctx.session));
    ctx.audit({
      entity: "customer_consent",
      entityId: saved.id,
      changedFields: ["channel", "granted", "source", "by_customer"],
    });
    return saved;
  }),

  /** CSV import: checked as a whole first; applied only when every row is right. */
  import: customerWriter.input(importCustomersInput).mutation(async ({ ctx, input }) => {
    const check = await checkCustomerCsv(ctx.db, ctx.session.tenantId, input.csv);
    if (!check.ok) {
      ctx.audit({ entity: "customer_import", changedFields: [] });
      return { status: "rejected" as const, problems: check.problems, rowCount: check.rowCount };
    }
    if (input.dryRun) {
      ctx.audit({ entity: "customer_import", changedFields: [] });
      return { status: "ready" as const, rowCount: check.rows.length };
    }
    if (check.rows.length > BACKGROUND_IMPORT_ROWS) {
      // A large file is applied by the worker, with progress the dialog shows (importProgress).
      const taskId = await queueCustomerImport(ctx.db, input.csv);
      ctx.audit({ entity: "customer_import", entityId: taskId, changedFields: [] });
      const { tenantId } = ctx.session;
      ctx.afterCommit(() => ctx.taskQueue.send({ taskId, tenantId }));
      return { status: "queued" as const, rowCount: check.rows.length, taskId };
    }
    const created = await applyCustomerRows(
      ctx.db,
      ctx.session.tenantId,
      check.rows,
      recorder(ctx.session),
    );
    ctx.audit({ entity: "customer_import", changedFields: ["customers", "customer_consents"] });
    return { status: "imported" as const, rowCount: created };
  }),
  /** How far a queued import has come, and its outcome; another business's id is not found. */
  importProgress: tenantProcedure
    .input(z.object({ id: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const task = await findTask(ctx.db, "customer_import", input.id);
      if (!task) throw new NotFoundError("Import");
      return task;
    }),
  exportCsv: tenantProcedure
    .input(customerFilter)
    .query(({ ctx, input }) => exportCustomersCsv(ctx.db, input)),

  /** A data-subject access request: the owner and admins hand a customer their data. */
  exportData: tenantAdminProcedure
    .input(customerIdInput)
    .query(({ ctx, input }) => exportCustomerData(ctx.db, input.id)),
  /** Erasure on the customer's request: owner and admins only (the database agrees). */
  erase: tenantAdminProcedure.input(customerIdInput).mutation(async ({ ctx, input }) => {
    const erased = await eraseCustomer(ctx.db, input.id);
    ctx.audit({
      entity: "customer",
      entityId: input.id,
      changedFields: [
        "first_name",
        "last_name",
        "phone",
        "email",
        "location",
        "tags",
        "metadata",
        "erased_at",
        "messages.content",
        "leads.contact",
        "reviews.author",
      ],
    });
    return erased;
  }),
});
