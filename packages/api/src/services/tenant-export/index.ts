export { EXPORT_DATASETS } from "./export-datasets";
export { runTenantExport } from "./run-tenant-export";
