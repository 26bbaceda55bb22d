// "Login as tenant": what the admin router and apps/web's session switch use.
export { claimsForImpersonation, ownerClaimsOf } from "./impersonation-claims";
export {
  IMPERSONATION_LIFETIME,
  OPTED_OUT_MESSAGE,
  startImpersonation,
  stopImpersonation,
} from "./start-impersonation";
export { platformAccessFor, platformLoginAllowed, setPlatformLogin } from "./platform-access";
