import type { Metadata } from "next";
import { findOpenInvitation, INVALID_INVITATION_MESSAGE } from "@aizalo/api";
import { AuthCard } from "../../../auth/auth-card";
import { AcceptInvitationForm } from "./accept-form";
import { acceptWithPassword, type AcceptFormState } from "./accept-invitation-action";

// The token is in the address: never send it to another site as a Referer.
export const metadata: Metadata = { title: "Join your team on Aizalo", referrer: "no-referrer" };

/**
 * Where an invitation link lands: who invited them (the business) and one password field.
 * An unknown, expired, used or withdrawn link says so and offers nothing to fill in.
 */
export default async function InvitationPage(props: PageProps<"/invite/[token]">) {
  const { token } = await props.params;
  const invitation = await findOpenInvitation(token);
  if (!invitation) {
    return (
      <AuthCard
        eyebrow="Invitation"
        title="This link no longer works"
        description={INVALID_INVITATION_MESSAGE}
      >
        <p className="text-center text-sm text-muted-foreground">
          Nothing was changed. The person who invited you can send a new link.
        </p>
      </AuthCard>
    );
  }
  const invitee = { email: invitation.email, subdomain: invitation.subdomain };
  async function accept(_previous: AcceptFormState, formData: FormData) {
    "use server";
    return acceptWithPassword(token, formData, invitee);
  }
  return (
    <AuthCard
      eyebrow={invitation.businessName}
      title={`Karibu, ${invitation.fullName}`}
      description={`Choose a password to join ${invitation.businessName} on Aizalo as ${invitation.email}.`}
    >
      <AcceptInvitationForm email={invitation.email} action={accept} />
    </AuthCard>
  );
}
