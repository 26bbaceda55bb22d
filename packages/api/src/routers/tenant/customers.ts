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
    const created = await applyCustomerRows(
      ctx.db,
      ctx.session.tenantId,
      check.rows,
      recorder(ctx.session),
    );
    ctx.audit({ entity: "customer_import", changedFields: ["customers", "customer_consents"] });
    return { status: "imported" as const, rowCount: created };
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
