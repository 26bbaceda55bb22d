"use client";

import { useRouter } from "next/navigation";
import { leadHref } from "../../_components/lead-card";
import { LeadForm } from "../../_components/lead-form";

export function NewLeadForm() {
  const router = useRouter();
  return <LeadForm onSaved={(leadId) => router.push(leadHref(leadId))} />;
}
