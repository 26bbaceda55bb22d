import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@aizalo/api";

/** What the sales procedures answer, as the pages receive it. */
export type SalesOutputs = inferRouterOutputs<AppRouter>["sales"];
export type LeadInList = SalesOutputs["leads"]["list"][number];
export type LeadDetail = SalesOutputs["leads"]["get"];
