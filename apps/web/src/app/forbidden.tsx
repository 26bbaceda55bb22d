import type { Metadata } from "next";
import { ForbiddenNotice } from "../components/forbidden-notice";

export const metadata: Metadata = { title: "Not open to your account" };

/**
 * Rendered with status 403 when a page calls `forbidden()` from next/navigation (which needs
 * `experimental.authInterrupts` in next.config.ts).
 */
export default function ForbiddenPage() {
  return <ForbiddenNotice />;
}
