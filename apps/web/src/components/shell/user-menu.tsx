"use client";

import type { Route } from "next";
import Link from "next/link";
import {
  Avatar,
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@aizalo/ui";

export interface UserMenuProps {
  name: string;
  /** The role as the person knows it ("Sales rep", "Owner"). */
  roleLabel: string;
  /** The page with the change-password form; left out where it does not apply. */
  accountHref?: Route | undefined;
  signOutAction: () => Promise<void>;
}

/** Who is signed in, and the ways out: change password, sign out. */
export function UserMenu({ name, roleLabel, accountHref, signOutAction }: UserMenuProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={`Account menu: ${name}`}
        className="inline-flex min-h-11 max-w-full items-center gap-2 rounded-lg px-1.5 text-left hover:bg-surface-muted"
      >
        <Avatar name={name} size="sm" decorative />
        <span className="hidden min-w-0 flex-col sm:flex">
          <span className="truncate text-sm font-medium text-foreground">{name}</span>
          <span className="truncate text-xs text-muted-foreground">{roleLabel}</span>
        </span>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>
          <span className="block text-sm text-foreground">{name}</span>
          {roleLabel}
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        {accountHref ? (
          <DropdownMenuItem asChild>
            <Link href={accountHref}>Change password</Link>
          </DropdownMenuItem>
        ) : null}
        {/* A form, so signing out needs no client code; the item stays open until it posts. */}
        <form action={signOutAction}>
          <DropdownMenuItem asChild onSelect={(event) => event.preventDefault()}>
            <button type="submit" className="w-full">
              Sign out
            </button>
          </DropdownMenuItem>
        </form>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
