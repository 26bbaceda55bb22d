"use client";

import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import type { AppRouter } from "@aizalo/api";
import { transformer } from "@aizalo/api/transformer";
import { makeQueryClient } from "./query-client";

/**
 * Client components call the API through these hooks:
 *   const trpc = useTRPC();
 *   const customers = useQuery(trpc.tenant.customers.list.queryOptions({ ... }));
 *   const save = useMutation(trpc.tenant.customers.create.mutationOptions());
 * The session cookie goes along with every call (same origin); the server re-checks it.
 */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;

function getQueryClient(): QueryClient {
  // On the server every render gets its own client, so one visitor's data never reaches another.
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

const API_URL = "/api/trpc";

export function TrpcReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        // Subscriptions (real-time inbox) go over server-sent events; everything else is batched.
        splitLink({
          condition: (operation) => operation.type === "subscription",
          true: httpSubscriptionLink({ url: API_URL, transformer }),
          false: httpBatchLink({ url: API_URL, transformer }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
