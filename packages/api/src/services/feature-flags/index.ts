export { isFeatureEnabled } from "./is-feature-enabled";
export {
  createFlag,
  listFeatureFlags,
  removeTenantOverride,
  setGlobalFlag,
  setTenantOverride,
} from "./manage-flags";
