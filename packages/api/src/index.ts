// The API package: the app router, and the two ways in (HTTP and direct calls).
export { appRouter, type AppRouter } from "./root";
export { handleTrpcRequest, type TrpcRequestOptions } from "./trpc/handle-request";
export { createCallerFor } from "./trpc/caller";
export { createContext, type Context, type RequestInfo } from "./trpc/context";
export { transformer } from "./trpc/transformer";
export type { FormErrors } from "./trpc/error-formatter";
export { flushApiUsage } from "./api-usage";
export * from "./errors";
export { isFeatureEnabled } from "./services/feature-flags";
export type { SessionClaims, PlatformSessionClaims, TenantSessionClaims } from "./auth/session";
export {
  acceptInvitation,
  findOpenInvitation,
  INVALID_INVITATION_MESSAGE,
  type AcceptInvitationResult,
} from "./team/accept-invitation";
export { claimsForImpersonation, ownerClaimsOf } from "./impersonation";
