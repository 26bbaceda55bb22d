"use client";

import { useState } from "react";
import type { Route } from "next";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CampaignStatus } from "@aizalo/api/campaigns";
import {
  Button,
  buttonVariants,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  toast,
} from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";

function actionLabel(from: CampaignStatus, to: CampaignStatus): string {
  if (to === "scheduled") return "Schedule";
  if (to === "active") return from === "paused" ? "Resume" : "Start now";
  if (to === "paused") return "Pause";
  if (to === "completed") return "Complete";
  return to;
}

/** What can happen next to the campaign, as its state machine allows; nothing for a viewer. */
export function StatusActions({
  subdomain,
  campaign,
}: {
  subdomain: string;
  campaign: {
    id: string;
    status: CampaignStatus;
    nextStatuses: CampaignStatus[];
    editable: boolean;
  };
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const change = useMutation(trpc.tenant.campaigns.changeStatus.mutationOptions());
  const remove = useMutation(trpc.tenant.campaigns.deleteDraft.mutationOptions());
  const [problem, setProblem] = useState<string | null>(null);

  async function move(to: CampaignStatus) {
    setProblem(null);
    try {
      await change.mutateAsync({ id: campaign.id, to });
      await queryClient.invalidateQueries({ queryKey: trpc.tenant.campaigns.pathKey() });
      toast.success(`Campaign ${to === "active" ? "started" : to}`);
    } catch (error) {
      setProblem(reasonOf(error));
    }
  }

  async function deleteDraft() {
    try {
      await remove.mutateAsync({ id: campaign.id });
      await queryClient.invalidateQueries({ queryKey: trpc.tenant.campaigns.pathKey() });
      toast.success("Draft deleted");
      router.push(`/${subdomain}/campaigns` as Route);
    } catch (error) {
      setProblem(reasonOf(error));
    }
  }

  return (
    <div className="flex flex-col gap-2 sm:items-end">
      <div className="flex flex-wrap gap-2">
        {campaign.editable ? (
          <Link
            href={`/${subdomain}/campaigns/${campaign.id}/edit` as Route}
            className={buttonVariants({ variant: "secondary" })}
          >
            Edit
          </Link>
        ) : null}
        {campaign.nextStatuses.map((to) => (
          <Button
            key={to}
            variant={to === "completed" ? "secondary" : "primary"}
            disabled={change.isPending}
            onClick={() => void move(to)}
          >
            {actionLabel(campaign.status, to)}
          </Button>
        ))}
        {campaign.status === "draft" ? (
          <Dialog>
            <DialogTrigger asChild>
              <Button variant="ghost">Delete draft</Button>
            </DialogTrigger>
            <DialogContent>
              <DialogHeader>
                <DialogTitle>Delete this draft?</DialogTitle>
                <DialogDescription>It has not been sent to anyone.</DialogDescription>
              </DialogHeader>
              <DialogFooter>
                <DialogClose asChild>
                  <Button variant="secondary">Keep it</Button>
                </DialogClose>
                <Button
                  variant="danger"
                  disabled={remove.isPending}
                  onClick={() => void deleteDraft()}
                >
                  Delete draft
                </Button>
              </DialogFooter>
            </DialogContent>
          </Dialog>
        ) : null}
      </div>
      {problem ? (
        <div role="alert" className="text-sm text-danger">
          {problem}
        </div>
      ) : null}
    </div>
  );
}

/** The API's words, with the fields that stop scheduling listed. */
function reasonOf(error: unknown): string {
  const data = (error as { data?: { validation?: { fieldErrors?: Record<string, string[]> } } })
    .data;
  const fields = Object.values(data?.validation?.fieldErrors ?? {}).flat();
  const message = error instanceof Error ? error.message : "Something went wrong";
  return fields.length > 0 ? `${message} ${fields.join(" ")}` : message;
}
