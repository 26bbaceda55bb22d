/**
 * Whether a navigation entry is the current section: its own page or any page below it
 * (`/acme/customers/42` is under Customers), but never a sibling that merely starts with the same
 * letters (`/acme/campaigns-old` is not under `/acme/campaigns`). With `exact`, only the page itself.
 */
export function isActivePath(pathname: string, href: string, exact = false): boolean {
  const strip = (path: string) => (path.length > 1 ? path.replace(/\/+$/, "") : path);
  const current = strip(pathname.split(/[?#]/)[0] ?? "");
  const target = strip(href.split(/[?#]/)[0] ?? "");
  if (current === target) return true;
  // Everything is "under" the root, so a link to "/" is only active on "/" itself.
  if (exact || target === "/") return false;
  return current.startsWith(`${target}/`);
}
