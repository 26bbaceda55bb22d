import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { PageHeader } from "@aizalo/ui";
import { env } from "../../../../env";
import { requireSalesSession } from "../../../../server/shell-access";
import { serverApi } from "../../../../trpc/server";
import { OnboardingWizard } from "./onboarding-wizard";

export const metadata: Metadata = { title: "Onboard a client" };

/** One onboarding draft: the wizard opens at the step the rep reached, with what they entered. */
export default async function OnboardingSessionPage({
  params,
}: PageProps<"/sales/onboarding/[sessionId]">) {
  const claims = await requireSalesSession();
  const { sessionId } = await params;
  const api = await serverApi();
  const session = await api.sales.onboarding.get({ sessionId }).catch((error: unknown) => {
    // Another rep's draft, or no such draft: the same answer.
    if (error instanceof TRPCError && ["NOT_FOUND", "BAD_REQUEST"].includes(error.code)) {
      notFound();
    }
    throw error;
  });

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow="Onboarding"
        title={
          typeof session.data.businessName === "string" ? session.data.businessName : "New client"
        }
        description="Each step is saved when you continue, so you can close the page and come back."
      />
      <OnboardingWizard
        initialSession={session}
        readOnly={claims.role !== "sales"}
        sitesOrigin={env.SITES_ORIGIN}
      />
    </div>
  );
}
