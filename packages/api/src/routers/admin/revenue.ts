import {
  listRevenue,
  revenueCsv,
  recordPayment,
  refundPayment,
  revenueByMonth,
} from "../../services/commissions";
import { monthPeriodFromKey, resolvePeriod } from "../../services/sales-performance";
import { router } from "../../trpc/init";
import { adminProcedure } from "../../trpc/procedures";
import {
  businessSearchInput,
  exportRevenueInput,
  listRevenueInput,
  recordPaymentInput,
  refundPaymentInput,
  revenueByMonthInput,
} from "./revenue.types";

/** admin.revenue: money received from businesses (KES), by month, type and method. */
export const revenueRouter = router({
  byMonth: adminProcedure.input(revenueByMonthInput).query(({ ctx, input }) =>
    revenueByMonth(ctx.db, {
      from: monthPeriodFromKey(input.from).from,
      to: monthPeriodFromKey(input.to).to,
    }),
  ),
  list: adminProcedure.input(listRevenueInput).query(({ ctx, input }) => {
    const { period, page, pageSize, ...filters } = input;
    return listRevenue(ctx.db, resolvePeriod(period), filters, { page, pageSize });
  }),
  /** The payments of a range of months as CSV (served as a download by /api/admin/export). */
  exportCsv: adminProcedure.input(exportRevenueInput).query(async ({ ctx, input }) => {
    const { from, to, ...filters } = input;
    const period = { from: monthPeriodFromKey(from).from, to: monthPeriodFromKey(to).to };
    return {
      filename: `aizalo-revenue-${from}-to-${to}.csv`,
      csv: await revenueCsv(ctx.db, period, filters),
    };
  }),
  /** Businesses to choose from in the payment dialog (demo accounts never pay). */
  businesses: adminProcedure.input(businessSearchInput).query(({ ctx, input }) =>
    ctx.db.tenant.findMany({
      where: {
        deletedAt: null,
        isDemo: false,
        ...(input.search && {
          OR: [
            { businessName: { contains: input.search, mode: "insensitive" } },
            { subdomain: { contains: input.search.toLowerCase() } },
          ],
        }),
      },
      orderBy: [{ businessName: "asc" }, { id: "asc" }],
      take: 20,
      select: {
        id: true,
        businessName: true,
        subdomain: true,
        monthlyFee: true,
        assignedSalesRep: { select: { fullName: true } },
      },
    }),
  ),
  /** A payment entered by hand (bank transfer, cash...): the revenue row and the rep's commission. */
  recordPayment: adminProcedure.input(recordPaymentInput).mutation(async ({ ctx, input }) => {
    const recorded = await recordPayment(ctx.db, input, ctx.session.userId);
    ctx.audit({
      entity: "platform_revenue",
      entityId: recorded.revenue.id,
      tenantId: recorded.revenue.tenantId,
      changedFields: input,
    });
    if (recorded.commission) {
      ctx.audit({
        entity: "commission",
        entityId: recorded.commission.id,
        tenantId: recorded.revenue.tenantId,
        changedFields: ["sales_rep_id", "amount", "rate", "status"],
      });
    }
    return recorded;
  }),
  /** Money given back: a negative revenue row and a negative commission. */
  refund: adminProcedure.input(refundPaymentInput).mutation(async ({ ctx, input }) => {
    const refunded = await refundPayment(ctx.db, input, ctx.session.userId);
    ctx.audit({
      entity: "platform_revenue",
      entityId: refunded.revenue.id,
      tenantId: refunded.revenue.tenantId,
      changedFields: input,
    });
    if (refunded.commission) {
      ctx.audit({
        entity: "commission",
        entityId: refunded.commission.id,
        tenantId: refunded.revenue.tenantId,
        changedFields: ["sales_rep_id", "amount", "rate", "status", "kind"],
      });
    }
    return refunded;
  }),
});
