import type { Metadata } from "next";
import {
  Badge,
  EmptyState,
  PageHeader,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@aizalo/ui";
import { INDUSTRY_LABELS } from "@aizalo/api/provisioning";
import { env } from "../../../env";
import { siteUrlFor } from "../../../lib/site-url";
import { requireSalesSession } from "../../../server/shell-access";
import { serverApi } from "../../../trpc/server";
import { CreateDemoAccount } from "./create-demo-account";

export const metadata: Metadata = { title: "Demo accounts" };

const date = (value: Date) =>
  value.toLocaleDateString("en-KE", { timeZone: "Africa/Nairobi", dateStyle: "medium" });

/** Demo businesses full of sample data, for showing Aizalo to a prospect; they expire. */
export default async function DemoAccountsPage() {
  const claims = await requireSalesSession();
  const api = await serverApi();
  const demos = await api.sales.demoAccounts.list();

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Demo accounts"
        description="A demo business for an industry, filled with sample customers, chats, leads and a website. It is marked Demo, left out of every figure, and removed when it expires."
      />
      {claims.role === "sales" ? (
        <CreateDemoAccount sitesOrigin={env.SITES_ORIGIN} />
      ) : (
        <p className="text-muted-foreground">Only sales reps create demo accounts.</p>
      )}
      <section aria-labelledby="demos-heading" className="flex flex-col gap-3">
        <h2 id="demos-heading" className="text-lg font-semibold">
          Your demo accounts
        </h2>
        {demos.length === 0 ? (
          <EmptyState
            title="No demo accounts"
            description="Create one above for your next pitch."
          />
        ) : (
          <Table label="Your demo accounts">
            <TableHeader>
              <TableRow>
                <TableHead>Business</TableHead>
                <TableHead className="hidden sm:table-cell">Industry</TableHead>
                <TableHead>Expires</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {demos.map((demo) => (
                <TableRow key={demo.id}>
                  <TableCell>
                    <span className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{demo.businessName}</span>
                      <Badge tone="warning">Demo</Badge>
                    </span>
                    <a
                      href={siteUrlFor(demo.subdomain, env.SITES_ORIGIN)}
                      className="text-sm text-primary underline-offset-4 hover:underline"
                      target="_blank"
                      rel="noreferrer"
                    >
                      {demo.subdomain}
                    </a>
                  </TableCell>
                  <TableCell className="hidden sm:table-cell">
                    {INDUSTRY_LABELS[demo.industry]}
                  </TableCell>
                  <TableCell>{demo.demoExpiresAt ? date(demo.demoExpiresAt) : "—"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
