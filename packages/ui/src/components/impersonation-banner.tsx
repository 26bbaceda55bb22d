import type { ReactNode } from "react";
import { Button } from "./button";

export interface ImpersonationBannerProps {
  /** The business being viewed. */
  businessName: string;
  /** Read-only unless the owner ticked "allow changes". */
  mode: "read-only" | "changes-allowed";
  /** When the session ends by itself (it lasts 30 minutes and cannot be extended). */
  endsAt: Date;
  /**
   * What Stop does: a server action (works before JavaScript loads) or a URL to post to.
   * The banner posts a form so stopping never depends on client code.
   */
  stopAction: string | ((formData: FormData) => void | Promise<void>);
  /** Extra fields for the stop form, such as the impersonation session's id. */
  children?: ReactNode;
}

// Shown in Nairobi time whatever the browser says: it is the platform's one clock.
const timeOfDay = new Intl.DateTimeFormat("en-KE", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Africa/Nairobi",
});

/**
 * Stays on screen on every page while the platform owner is signed in as a business, so
 * nobody forgets whose data they are looking at, or that their actions are recorded.
 */
export function ImpersonationBanner({
  businessName,
  mode,
  endsAt,
  stopAction,
  children,
}: ImpersonationBannerProps) {
  return (
    <div
      role="region"
      aria-label="Signed in as a business"
      className="flex shrink-0 items-center justify-between gap-3 bg-amber-300 px-4 py-2 text-sm text-sand-950"
    >
      {/* One or two lines on a 360 px phone: the notice about recording waits for wider screens. */}
      <p className="min-w-0">
        Viewing <strong className="font-semibold">{businessName}</strong>
        {" · "}
        {mode === "read-only" ? "read-only" : "changes allowed"} until{" "}
        <time dateTime={endsAt.toISOString()}>{timeOfDay.format(endsAt)}</time>
        <span className="hidden sm:inline">. Everything you do here is recorded.</span>
      </p>
      <form
        action={stopAction}
        // A URL action needs POST (the stop route refuses GET); React sets it for a function.
        method={typeof stopAction === "string" ? "post" : undefined}
        className="shrink-0"
      >
        {children}
        <Button type="submit" size="sm" variant="secondary">
          Stop
        </Button>
      </form>
    </div>
  );
}
