"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@aizalo/ui";
import { useTRPC } from "../../../../trpc/client";

/** Drops a draft the client will not go ahead with (it leaves the list; nothing was created). */
export function DiscardDraft({ sessionId }: { sessionId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const cancel = useMutation(
    trpc.sales.onboarding.cancel.mutationOptions({
      onSuccess: () => router.push("/sales/onboarding"),
    }),
  );
  return (
    <Button
      variant="ghost"
      size="sm"
      disabled={cancel.isPending}
      onClick={() => {
        if (window.confirm("Discard this onboarding draft?")) cancel.mutate({ sessionId });
      }}
    >
      Discard draft
    </Button>
  );
}
