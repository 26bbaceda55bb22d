"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import {
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  toast,
} from "@aizalo/ui";
import { useTRPC } from "../../trpc/client";
import type { TeamMember } from "./member-controls";

/** What staff may be given beyond their role's defaults (customers, conversations, campaigns). */
const EXTRA_PERMISSIONS = {
  "website.edit": "Edit the website",
  "settings.write": "Change business settings",
  "team.manage": "Invite people",
} as const;
type Extra = keyof typeof EXTRA_PERMISSIONS;

export function MemberPermissions({
  member,
  onChanged,
}: {
  member: TeamMember;
  onChanged: () => void;
}) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const save = useMutation(
    trpc.tenant.team.changePermissions.mutationOptions({
      onSuccess: () => {
        toast.success(`${member.fullName}'s permissions saved`);
        setOpen(false);
        onChanged();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary">Permissions</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{member.fullName}&apos;s extra permissions</DialogTitle>
          <DialogDescription>
            Staff always work with customers, conversations and campaigns. Add more here.
          </DialogDescription>
        </DialogHeader>
        <form
          className="flex flex-col gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            save.mutate({
              userId: member.id,
              permissions: form.getAll("permissions").map(String) as Extra[],
            });
          }}
        >
          {(Object.keys(EXTRA_PERMISSIONS) as Extra[]).map((permission) => (
            <label key={permission} className="inline-flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="permissions"
                value={permission}
                defaultChecked={member.permissions.includes(permission)}
                className="size-4"
              />
              {EXTRA_PERMISSIONS[permission]}
            </label>
          ))}
          <DialogFooter>
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? "Saving…" : "Save permissions"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
