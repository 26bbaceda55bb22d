import type { Route } from "next";
import Link from "next/link";
import { Badge } from "@aizalo/ui";

const LANGUAGE_LABELS = { en: "English", sw: "Kiswahili", sheng: "Sheng" } as const;

/** Who the conversation is with, and the way to their full record. */
export function CustomerPanel({
  subdomain,
  customer,
}: {
  subdomain: string;
  customer: {
    id: string;
    name: string;
    phone: string;
    email: string | null;
    tags: string[];
    language: keyof typeof LANGUAGE_LABELS;
  };
}) {
  return (
    <section
      aria-labelledby="customer-heading"
      className="flex flex-col gap-3 rounded-xl border border-border bg-surface p-4"
    >
      <h2 id="customer-heading" className="text-sm font-semibold text-foreground">
        Customer
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
        <dt className="text-muted-foreground">Name</dt>
        <dd className="min-w-0 break-words text-foreground">{customer.name}</dd>
        <dt className="text-muted-foreground">Phone</dt>
        <dd>
          <a href={`tel:${customer.phone}`} className="text-primary">
            {customer.phone}
          </a>
        </dd>
        {customer.email ? (
          <>
            <dt className="text-muted-foreground">Email</dt>
            <dd className="min-w-0 break-all text-foreground">{customer.email}</dd>
          </>
        ) : null}
        <dt className="text-muted-foreground">Language</dt>
        <dd className="text-foreground">{LANGUAGE_LABELS[customer.language]}</dd>
      </dl>
      {customer.tags.length > 0 ? (
        <ul aria-label="Tags" className="flex flex-wrap gap-1">
          {customer.tags.map((tag) => (
            <li key={tag}>
              <Badge>{tag}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
      <Link
        href={`/${subdomain}/customers/${customer.id}` as Route}
        className="text-sm font-medium text-primary"
      >
        Open customer record
      </Link>
    </section>
  );
}
