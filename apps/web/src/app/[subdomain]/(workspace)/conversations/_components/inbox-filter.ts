import { INBOX_CHANNELS, INBOX_STATUSES, type InboxChannel, type InboxStatus } from "./inbox-words";

export interface InboxFilterState {
  status?: InboxStatus;
  channel?: InboxChannel;
  assignee?: string;
  page: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The list's filter from the address bar: unknown values are ignored, not sent to the API. */
export function readInboxFilter(params: URLSearchParams): InboxFilterState {
  const status = params.get("status");
  const channel = params.get("channel");
  const assignee = params.get("assignee");
  const page = Number(params.get("page"));
  return {
    ...(INBOX_STATUSES.includes(status as InboxStatus) && { status: status as InboxStatus }),
    ...(INBOX_CHANNELS.includes(channel as InboxChannel) && { channel: channel as InboxChannel }),
    ...(assignee &&
      (assignee === "me" || assignee === "unassigned" || UUID.test(assignee)) && { assignee }),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query string for a filter (page 1 and "all" are left out). */
export function inboxSearch(filter: InboxFilterState): string {
  const params = new URLSearchParams();
  if (filter.status) params.set("status", filter.status);
  if (filter.channel) params.set("channel", filter.channel);
  if (filter.assignee) params.set("assignee", filter.assignee);
  if (filter.page > 1) params.set("page", String(filter.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}
