import { handleTrpcRequest } from "@aizalo/api";
import { clientAddress } from "@aizalo/api/auth";
import { env } from "../../../../env";
import { getVerifiedSession } from "../../../../server/session";

/**
 * Every tRPC call: the session is read from the JWT and re-checked against the database here,
 * so procedures only ever see claims that are still true (or none).
 */
async function handle(request: Request): Promise<Response> {
  return handleTrpcRequest(request, await getVerifiedSession(), {
    ip: clientAddress(request.headers, env.TRUST_PROXY),
  });
}

export { handle as GET, handle as POST };
