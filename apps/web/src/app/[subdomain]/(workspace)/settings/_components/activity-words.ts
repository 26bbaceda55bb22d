import type { ActivityPage } from "./settings-types";

type Entry = ActivityPage["entries"][number];

/** Procedure paths in the business's words; anything unnamed shows its path. */
const ACTIONS: Record<string, string> = {
  "tenant.settings.updateProfile": "changed the business profile",
  "tenant.settings.updateHours": "changed the business hours",
  "tenant.settings.updateLanguages": "changed the languages",
  "tenant.settings.updateAiTone": "changed the AI tone",
  "tenant.settings.updateNotifications": "changed notification preferences",
  "tenant.settings.platformAccess.set": "changed whether Aizalo may log in",
  "tenant.team.invite": "invited someone to the team",
  "tenant.team.revokeInvite": "withdrew an invitation",
  "tenant.team.changeRole": "changed a team member's role",
  "tenant.team.changePermissions": "changed a team member's permissions",
  "tenant.team.setActive": "deactivated or reactivated a team member",
  "tenant.team.transferOwnership": "transferred ownership",
  "auth.invitation_accepted": "accepted an invitation",
  "tenant.customers.create": "added a customer",
  "tenant.customers.update": "edited a customer",
  "tenant.customers.import": "imported customers",
  "tenant.customers.erase": "erased a customer's personal data",
  "tenant.leads.create": "added a lead",
  "tenant.leads.update": "edited a lead",
  "tenant.leads.move": "moved a lead",
  "tenant.conversations.reply": "replied in a conversation",
};

export const describeAction = (action: string) => ACTIONS[action] ?? action;

/** "Wanjiru Kamau", or "Njambi Kariuki (Aizalo) as this business" for "login as tenant". */
export function whoDidIt(entry: Entry): string {
  if (entry.impersonator) {
    return `${entry.impersonator.name} (Aizalo) logged in as this business`;
  }
  if (entry.actor) return entry.actor.platform ? `${entry.actor.name} (Aizalo)` : entry.actor.name;
  if (entry.service === "invitation") return "An invited person";
  return entry.actorType === "system" ? "Aizalo (automatic)" : "Someone no longer on the team";
}

export const RECORD_NAMES: Record<string, string> = {
  tenant: "Business profile",
  tenant_setting: "Settings",
  tenant_user: "Team member",
  invitation: "Invitation",
  customer: "Customer",
  customers: "Customers",
  lead: "Lead",
  conversation: "Conversation",
  message: "Message",
};
