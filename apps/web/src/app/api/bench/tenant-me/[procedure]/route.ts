// For `pnpm bench:http`'s breakdown (see ../../gate.ts): the bare route under a dynamic segment,
// as /api/trpc/[trpc] is one. Minus the bare route = what Next's routing of a path parameter
// costs a call (it rebuilds the route's matcher on every request), which is neither the
// session, the audit, RLS nor tRPC.

export { GET } from "../route";

// Next reads this from the route file itself; it cannot be re-exported.
export const dynamic = "force-dynamic";
