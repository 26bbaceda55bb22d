export { listTenants, type TenantListRow } from "./list-tenants";
export { tenantDetail, assignableStaff, tenantFilterOptions } from "./tenant-detail";
export { changePlan } from "./change-plan";
export { assignStaff } from "./assign-staff";
export { suspendTenant, reactivateTenant } from "./suspension";
export { addTenantNote } from "./notes";
export * from "./tenant-admin.types";
