export { platformOverview, churnRate, averageRevenuePerTenant } from "./overview";
export type { PlatformOverview } from "./overview";
export { mrrMovement, type MrrMovement } from "./mrr-movement";
export { tenantCounts, SUBSCRIPTION_STATUSES, type TenantCounts } from "./tenant-counts";
export { revenueByMonth, REVENUE_TYPES, type RevenueMonth } from "./revenue-series";
export { apiHealth, platformHealth, type ApiHealth, type PlatformHealth } from "./platform-health";
export {
  addMonths,
  monthInput,
  monthLabel,
  monthsEndingWith,
  nairobiMonthOf,
  PLATFORM_TIME_ZONE,
  type Month,
} from "./months";
export {
  listSystemLogs,
  systemLogSources,
  LOG_LEVELS,
  type Page,
  type SystemLogRow,
} from "./system-logs";
export {
  endpointUsage,
  USAGE_WINDOWS,
  type EndpointUsage,
  type UsageWindow,
} from "./endpoint-usage";
export { evaluateAlerts, type AlertEvaluation } from "./alert-rules";
export { listAuditLog, auditFilterOptions, type AuditLogRow } from "./audit-log";
