"use client";

import type { Route } from "next";
import Link from "next/link";
import {
  Button,
  buttonVariants,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@aizalo/ui";

/** The wizard's address for a lead (the wizard fills in what the lead already knows). */
export const onboardingHref = (leadId: string) => `/sales/onboarding?lead=${leadId}` as Route;

/**
 * A lead is won when its business becomes a client, which the onboarding wizard does (tenant,
 * owner, website, and the lead marked won, in one go). Dropping a card on "Won" says so.
 */
export function WonDialog({
  lead,
  onClose,
}: {
  lead: { id: string; businessName: string } | null;
  onClose: () => void;
}) {
  return (
    <Dialog open={lead !== null} onOpenChange={(isOpen) => (isOpen ? undefined : onClose())}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Won means onboarded</DialogTitle>
          <DialogDescription>
            {lead?.businessName} becomes won when you onboard it: the wizard creates its account and
            website and marks this lead won.
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <Button variant="secondary" onClick={onClose}>
            Not now
          </Button>
          {lead ? (
            <Link href={onboardingHref(lead.id)} className={buttonVariants()}>
              Start onboarding
            </Link>
          ) : null}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
