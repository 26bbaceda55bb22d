/**
 * A business's website address: its subdomain in front of the sites app's host, so
 * http://localhost:3001 gives http://acme.localhost:3001 and https://aizalo.co.ke gives
 * https://acme.aizalo.co.ke.
 */
export function siteUrlFor(subdomain: string, sitesOrigin: string): string {
  const url = new URL(sitesOrigin);
  url.hostname = `${subdomain}.${url.hostname}`;
  return url.origin;
}
