/**
 * The client's address for rate limiting (DESIGN.md "Identity and sessions").
 *
 * Next.js hands route handlers no socket: it writes the socket's address into
 * `X-Forwarded-For` when the request arrives without one. So:
 * - `trustedProxyHops` 0 (no `TRUST_PROXY`): the app faces clients directly and the header is
 *   what Next wrote. A client talking straight to Next can forge it, so production runs behind
 *   a proxy with `TRUST_PROXY` set; the per-account limit holds either way.
 * - `trustedProxyHops` n: each trusted proxy appends the address it saw, so the client is the
 *   n-th entry from the right; entries further left were written by the client and ignored.
 */
export function clientAddress(headers: Headers, trustedProxyHops: number): string | null {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (hops.length === 0) return null;
  const fromRight = Math.max(trustedProxyHops, 1);
  const address = hops[hops.length - fromRight] ?? hops[0];
  return address ? normalizeAddress(address) : null;
}

/** `::ffff:10.0.0.1` (IPv4 on an IPv6 socket) and `10.0.0.1` are one client. */
function normalizeAddress(address: string): string | null {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return /^[0-9a-f:.]+$/i.test(plain) ? plain.toLowerCase() : null;
}
