// Platform revenue and the commissions it earns sales reps (DESIGN.md "Platform metrics").
export {
  commissionAmount,
  COMMISSION_STATUSES,
  PAYMENT_METHODS,
  rateFor,
  REVENUE_TYPES,
  type CommissionStatus,
  type PaymentMethod,
  type RevenueType,
} from "./commission-amount";
export {
  commissionsForExport,
  commissionSummary,
  listCommissions,
  type CommissionFilters,
} from "./list-commissions";
export { approveCommissions, markCommissionsPaid, type Payout } from "./payouts";
export { ratesInForce, rateHistory, setCommissionRates, type NewRates } from "./rates";
export {
  recordPayment,
  refundPayment,
  type PaymentEntry,
  type RefundEntry,
} from "./record-payment";
export {
  listRevenue,
  revenueByMonth,
  revenueForExport,
  type RevenueFilters,
} from "./revenue-report";
export { commissionsCsv, revenueCsv } from "./csv-export";
