import type { Metadata, Route } from "next";
import { redirect } from "next/navigation";
import { mfaStatus } from "@aizalo/api/auth";
import { AuthCard } from "../../../auth/auth-card";
import { homeFor } from "../../../auth/claims";
import { SignOutButton } from "../../../auth/sign-out-button";
import { verifySession } from "../../../server/session";
import {
  beginEnrolment,
  finishEnrolment,
  makeNewRecoveryCodes,
  turnOffSecondFactor,
} from "./actions";
import { CodeConfirmedForm } from "./code-confirmed-form";
import { EnrolmentForm } from "./enrolment-form";

export const metadata: Metadata = { title: "Two-step sign-in" };

/**
 * Platform staff's second factor. Owners and admins land here after signing in until they have
 * one; with REQUIRE_STAFF_MFA it is the only page they can reach (requirePageSession and the
 * tRPC guard send them back), so it checks the session itself rather than through those.
 */
export default async function StaffSecurityPage() {
  const session = await verifySession();
  if (session.status === "signed-out") redirect("/login");
  if (session.status === "ended") redirect("/api/auth/session-ended" as Route);
  const { claims } = session;
  if (claims.userType !== "platform") redirect(homeFor(claims));
  const status = await mfaStatus(claims);
  const home = homeFor(claims);

  return (
    <AuthCard
      eyebrow="Aizalo staff"
      title="Two-step sign-in"
      description={
        status.enabled
          ? `On. ${status.unusedRecoveryCodes} of 10 recovery codes left.`
          : status.required
            ? "Required for your role: set it up to continue to the admin area."
            : "A code from your phone as well as your password, so a leaked password is not enough."
      }
    >
      <div className="flex flex-col gap-6">
        {status.enabled ? (
          <>
            <section aria-labelledby="new-codes" className="flex flex-col gap-3">
              <h2 id="new-codes" className="text-base font-semibold text-foreground">
                New recovery codes
              </h2>
              <CodeConfirmedForm
                action={makeNewRecoveryCodes}
                submitLabel="Make new recovery codes"
                done="Your old recovery codes no longer work. Keep these somewhere safe: they are not shown again."
              />
            </section>
            <section aria-labelledby="turn-off" className="flex flex-col gap-3">
              <h2 id="turn-off" className="text-base font-semibold text-foreground">
                Turn off
              </h2>
              <CodeConfirmedForm
                action={turnOffSecondFactor}
                submitLabel="Turn off two-step sign-in"
                done="Two-step sign-in is off. You can set it up again from this page."
              />
            </section>
          </>
        ) : (
          <EnrolmentForm
            begin={beginEnrolment}
            finish={finishEnrolment}
            home={home}
            skippable={!status.required}
          />
        )}
        <div className="self-center">
          <SignOutButton />
        </div>
      </div>
    </AuthCard>
  );
}
