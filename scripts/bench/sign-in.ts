/**
 * Signs in through the web app's real Auth.js credentials flow, as a browser would: the CSRF
 * token and its cookie from /api/auth/csrf, then the tenant provider's callback. Returns the
 * Cookie header that carries the session.
 */
export async function signInAsTenantUser(
  origin: string,
  account: { subdomain: string; email: string; password: string },
): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      if (at > 0) jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

  const csrfResponse = await fetch(`${origin}/api/auth/csrf`, {
    signal: AbortSignal.timeout(30_000),
  });
  if (!csrfResponse.ok) throw new Error(`GET /api/auth/csrf answered ${csrfResponse.status}`);
  keep(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf gave no csrfToken");

  const callback = await fetch(`${origin}/api/auth/callback/tenant`, {
    method: "POST",
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({
      csrfToken,
      subdomain: account.subdomain,
      email: account.email,
      password: account.password,
      callbackUrl: `${origin}/${account.subdomain}`,
    }),
  });
  keep(callback);
  const sessionCookie = [...jar.keys()].find((name) => /(^|\.)authjs\.session-token$/.test(name));
  if (!sessionCookie) {
    const where = callback.headers.get("location") ?? "(no redirect)";
    throw new Error(`sign-in as ${account.email} failed: ${callback.status} → ${where}`);
  }
  return cookieHeader();
}
