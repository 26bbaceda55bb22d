import { env } from "../../../env";

/**
 * CSRF defence for the session switch: a POST counts only when the browser says it came from
 * this app (Origin equal to WEB_ORIGIN, or Sec-Fetch-Site same-origin when Origin is absent).
 * A form on another site cannot start or stop a login as tenant.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin) return origin === new URL(env.WEB_ORIGIN).origin;
  return request.headers.get("sec-fetch-site") === "same-origin";
}
