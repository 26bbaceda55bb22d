"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Label, Select } from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";

/** Assign to a teammate, resolve or reopen. Changes reach every open inbox through the feed. */
export function ConversationActions({
  conversationId,
  status,
  assigneeId,
}: {
  conversationId: string;
  status: "active" | "waiting" | "resolved" | "abandoned";
  assigneeId: string | null;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const teammates = useQuery(trpc.tenant.conversations.teammates.queryOptions());
  const refresh = {
    onSuccess: () => queryClient.invalidateQueries(trpc.tenant.conversations.pathFilter()),
  };
  const assign = useMutation(trpc.tenant.conversations.assign.mutationOptions(refresh));
  const resolve = useMutation(trpc.tenant.conversations.resolve.mutationOptions(refresh));
  const reopen = useMutation(trpc.tenant.conversations.reopen.mutationOptions(refresh));
  const selectId = `assignee-${conversationId}`;
  const failed = assign.error ?? resolve.error ?? reopen.error;

  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="flex min-w-44 flex-1 flex-col gap-1">
        <Label htmlFor={selectId}>Assigned to</Label>
        <Select
          id={selectId}
          value={assigneeId ?? ""}
          disabled={assign.isPending}
          onChange={(event) =>
            assign.mutate({ conversationId, assigneeId: event.target.value || null })
          }
        >
          <option value="">Nobody</option>
          {teammates.data?.map((teammate) => (
            <option key={teammate.id} value={teammate.id}>
              {teammate.fullName}
            </option>
          ))}
        </Select>
      </div>
      {status === "resolved" ? (
        <Button
          variant="secondary"
          disabled={reopen.isPending}
          onClick={() => reopen.mutate({ conversationId })}
        >
          Reopen
        </Button>
      ) : (
        <Button
          variant="secondary"
          disabled={resolve.isPending}
          onClick={() => resolve.mutate({ conversationId })}
        >
          Resolve
        </Button>
      )}
      {failed ? (
        <p role="alert" className="basis-full text-sm text-danger">
          {failed.message}
        </p>
      ) : null}
    </div>
  );
}
