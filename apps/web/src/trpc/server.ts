import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createCallerFor } from "@aizalo/api";
import { getVerifiedSession } from "../server/session";

/**
 * The API for server components and server actions: the same procedures, authorization and
 * audit as over HTTP, called directly with the signed-in person's re-checked session. Cached per
 * request, so a layout and its page share one caller (and one session re-check).
 *
 *   const api = await serverApi();
 *   const overview = await api.admin.overview.get();
 */
export const serverApi = cache(async () => {
  const requestId = (await headers()).get("x-request-id") ?? undefined;
  return createCallerFor(await getVerifiedSession(), requestId ? { requestId } : {});
});
