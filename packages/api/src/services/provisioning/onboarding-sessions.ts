import type { Database, ScopedDb } from "@aizalo/db";
import { z } from "zod";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import {
  clientDetailsSchema,
  DEFAULT_CUSTOMIZATION,
  WIZARD_STEP_ORDER,
  WIZARD_STEPS,
  type WizardStep,
} from "./client-details";
import { provisionClient, type ProvisioningOptions } from "./provision-client";
import { subdomainAvailability } from "./subdomain-availability";

// The wizard's drafts (onboarding_sessions). Every read and write here runs in the rep's own
// unit of work, so RLS shows a rep only their sessions; the explicit sales_rep_id filter keeps
// the owner and admins (who may look into /sales) to their own too.

const OPEN_STATUSES = ["scheduled", "in_progress"] as const;
const SESSION_FIELDS = {
  id: true,
  status: true,
  currentStep: true,
  data: true,
  leadId: true,
  tenantId: true,
  completedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

type DraftData = Record<string, unknown>;

function draftData(value: unknown): DraftData {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as DraftData)
    : {};
}

function currentStepOf(value: string | null): WizardStep {
  return WIZARD_STEP_ORDER.find((step) => step === value) ?? "business";
}

async function ownSession(db: ScopedDb, repId: string, sessionId: string) {
  const session = await db.onboardingSession.findFirst({
    where: { id: sessionId, salesRepId: repId },
    select: SESSION_FIELDS,
  });
  if (!session) throw new NotFoundError("Onboarding session");
  return session;
}

function view(session: Awaited<ReturnType<typeof ownSession>>) {
  return {
    id: session.id,
    status: session.status,
    currentStep: currentStepOf(session.currentStep),
    data: draftData(session.data),
    leadId: session.leadId,
    tenantId: session.tenantId,
    completedAt: session.completedAt,
    updatedAt: session.updatedAt,
  };
}

export async function getOnboardingSession(db: ScopedDb, repId: string, sessionId: string) {
  return view(await ownSession(db, repId, sessionId));
}

/** The rep's drafts still open, newest first, and the ones finished lately. */
export async function listOnboardingSessions(db: ScopedDb, repId: string) {
  const rows = await db.onboardingSession.findMany({
    where: { salesRepId: repId, status: { in: [...OPEN_STATUSES, "completed"] } },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: { ...SESSION_FIELDS, tenant: { select: { subdomain: true } } },
  });
  return rows.map((row) => {
    const data = draftData(row.data);
    return {
      id: row.id,
      status: row.status,
      currentStep: currentStepOf(row.currentStep),
      businessName: typeof data.businessName === "string" ? data.businessName : null,
      fromLead: row.leadId !== null,
      subdomain: row.tenant?.subdomain ?? null,
      updatedAt: row.updatedAt,
    };
  });
}

/** Leads the rep may onboard: theirs (or their territories' unassigned), still in play. */
export function startableLeads(db: ScopedDb) {
  return db.salesLead.findMany({
    where: { status: { notIn: ["won", "lost"] }, tenantId: null },
    orderBy: [{ updatedAt: "desc" }],
    take: 100,
    select: { id: true, businessName: true, contactName: true, status: true, city: true },
  });
}

/** A new draft, blank or filled from a lead the rep can see. */
export async function startOnboarding(db: ScopedDb, repId: string, leadId: string | null) {
  let data: DraftData = { ...DEFAULT_CUSTOMIZATION, plan: "starter" };
  if (leadId) {
    const lead = await db.salesLead.findFirst({
      where: { id: leadId },
      select: {
        businessName: true,
        contactName: true,
        email: true,
        phone: true,
        city: true,
        industry: true,
        status: true,
        tenantId: true,
      },
    });
    if (!lead) throw new NotFoundError("Lead");
    if (lead.status === "won" || lead.tenantId) {
      throw new ConflictError("This lead is already a client");
    }
    data = {
      ...data,
      businessName: lead.businessName,
      ownerName: lead.contactName ?? "",
      ownerEmail: lead.email ?? "",
      phone: lead.phone,
      city: lead.city ?? "",
      ...(lead.industry && { industry: lead.industry }),
    };
  }
  const session = await db.onboardingSession.create({
    data: {
      salesRepId: repId,
      leadId,
      status: "in_progress",
      currentStep: "business",
      data: data as Record<string, string>,
    },
    select: SESSION_FIELDS,
  });
  return view(session);
}

export const saveStepInput = z.object({
  sessionId: z.uuid(),
  step: z.enum(["business", "industry", "template", "subdomain", "customize"]),
  values: z.record(z.string(), z.unknown()),
});

/**
 * Saves one step: its fields are validated (field errors for the form), merged into the draft,
 * and the draft moves to the next step, so a reload opens where the rep left off. Changing the
 * industry forgets a template of another industry.
 */
export async function saveOnboardingStep(
  db: ScopedDb,
  database: Pick<Database, "runUnitOfWork">,
  repId: string,
  input: z.infer<typeof saveStepInput>,
) {
  const session = await ownSession(db, repId, input.sessionId);
  if (session.status === "completed" || session.status === "cancelled") {
    throw new ConflictError("This onboarding is already closed");
  }
  const schema: z.ZodType<DraftData> = WIZARD_STEPS[input.step];
  const parsed = schema.safeParse(input.values);
  if (!parsed.success) {
    const flat = z.flattenError(parsed.error);
    throw new ValidationError(
      "Please correct the highlighted fields",
      onlyMessages(flat.fieldErrors),
    );
  }
  const values: DraftData = parsed.data;
  if (input.step === "subdomain") {
    const check = await subdomainAvailability(database, repId, String(values.subdomain));
    if (!check.available) {
      throw new ValidationError(check.message, { subdomain: [check.message] });
    }
  }
  const previous = draftData(session.data);
  const merged: DraftData = { ...previous, ...values };
  if (input.step === "industry" && previous.industry !== values.industry) delete merged.templateId;
  const next = WIZARD_STEP_ORDER[WIZARD_STEP_ORDER.indexOf(input.step) + 1] ?? "review";
  const saved = await db.onboardingSession.update({
    where: { id: session.id },
    data: { data: merged as Record<string, string>, currentStep: next, status: "in_progress" },
    select: SESSION_FIELDS,
  });
  return view(saved);
}

export async function cancelOnboarding(db: ScopedDb, repId: string, sessionId: string) {
  const session = await ownSession(db, repId, sessionId);
  if (session.status === "completed") throw new ConflictError("A finished onboarding stays");
  await db.onboardingSession.update({
    where: { id: session.id },
    data: { status: "cancelled" },
    select: { id: true },
  });
}

/**
 * Finishes the wizard: the draft must hold every step's fields (else field errors naming
 * them), then the provisioning service builds the business in its own unit of work. This one
 * only reads the draft, so it holds no lock the provisioning transaction would wait on.
 */
export async function finishOnboarding(
  db: ScopedDb,
  repId: string,
  sessionId: string,
  options: ProvisioningOptions,
) {
  const session = await ownSession(db, repId, sessionId);
  if (session.status === "completed" || session.status === "cancelled") {
    throw new ConflictError("This onboarding is already closed");
  }
  const parsed = clientDetailsSchema.safeParse(draftData(session.data));
  if (!parsed.success) {
    const flat = z.flattenError(parsed.error);
    throw new ValidationError(
      "Some steps are incomplete: go back and fill them in",
      onlyMessages(flat.fieldErrors),
    );
  }
  return provisionClient(
    { repId, onboardingSessionId: session.id, leadId: session.leadId, details: parsed.data },
    options,
  );
}

function onlyMessages(fields: Record<string, string[] | undefined>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string[]] => Boolean(entry[1])),
  );
}
