import type { Route } from "next";
import Link from "next/link";
import type { AppRouter } from "@aizalo/api";
import type { inferRouterOutputs } from "@trpc/server";
import { CHANNEL_LABELS } from "../customers/_components/format";
import { STAGE_LABELS, type Stage } from "../leads/lead-stages";

type Activity = inferRouterOutputs<AppRouter>["tenant"]["dashboard"]["recentActivity"][number];

const channel = (key: string | null) => (key ? (CHANNEL_LABELS[key] ?? key) : null);
const stage = (key: string | null) => (key ? (STAGE_LABELS[key as Stage] ?? key) : "");

/** One line per event, in words, with where to go to act on it. */
function describe(item: Activity, subdomain: string, when: Intl.DateTimeFormat) {
  const name = item.name ?? "A customer";
  switch (item.kind) {
    case "customer_added":
      return {
        text: `New customer: ${name}${item.detail ? ` (${channel(item.detail)})` : ""}`,
        href: `/${subdomain}/customers/${item.entityId}`,
      };
    case "message_received":
      return {
        text: `Message from ${name} on ${channel(item.detail)}`,
        href: `/${subdomain}/conversations/${item.entityId}`,
      };
    case "lead_added":
      return { text: `New lead: ${name}`, href: `/${subdomain}/leads` };
    case "lead_moved":
      return { text: `${name} moved to ${stage(item.detail)}`, href: `/${subdomain}/leads` };
    case "lead_won":
      return { text: `Won: ${name}`, href: `/${subdomain}/leads` };
    case "campaign_scheduled":
      return {
        text: `Campaign scheduled: ${item.name ?? "Untitled"}${item.due ? `, starts ${when.format(item.due)}` : ""}`,
        href: `/${subdomain}/campaigns`,
      };
  }
}

export function RecentActivity({
  subdomain,
  items,
  timeZone,
}: {
  subdomain: string;
  items: readonly Activity[];
  timeZone: string;
}) {
  const when = new Intl.DateTimeFormat("en-KE", {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  });
  return (
    <section
      aria-labelledby="recent-activity"
      className="flex min-w-0 flex-col gap-3 rounded-xl border border-border bg-surface p-4 shadow-sm"
    >
      <h2 id="recent-activity" className="text-base font-semibold text-foreground">
        Recent activity
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          Nothing yet: new customers, messages, leads and campaigns will show here.
        </p>
      ) : (
        <ul className="flex flex-col divide-y divide-border">
          {items.map((item) => {
            const { text, href } = describe(item, subdomain, when);
            return (
              <li
                key={`${item.kind}-${item.entityId}-${item.at.toISOString()}`}
                className="flex flex-col gap-0.5 py-2 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4"
              >
                <Link
                  href={href as Route}
                  className="min-w-0 break-words text-sm text-foreground hover:underline"
                >
                  {text}
                </Link>
                <time
                  dateTime={item.at.toISOString()}
                  className="shrink-0 text-xs text-muted-foreground tabular-nums"
                >
                  {when.format(item.at)}
                </time>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
