import type { ReactNode } from "react";
import { cn } from "../cn";

export interface ShellHeaderProps {
  /** Where the person is ("Dashboard", the business's name); pages keep their own h1. */
  title?: ReactNode;
  /** Buttons for what is done most often from anywhere ("New campaign"). */
  actions?: ReactNode;
  /** The signed-in person's menu, usually an Avatar inside a DropdownMenu. */
  userMenu?: ReactNode;
  className?: string;
}

/** The bar above the page content on wide screens: where you are, quick actions, who you are. */
export function ShellHeader({ title, actions, userMenu, className }: ShellHeaderProps) {
  return (
    <div
      className={cn(
        "flex min-h-14 items-center justify-between gap-3 border-b border-border bg-surface px-4 lg:px-6",
        className,
      )}
    >
      <div className="min-w-0 truncate text-sm font-medium text-foreground">{title}</div>
      <div className="flex shrink-0 items-center gap-2">
        {actions}
        {userMenu}
      </div>
    </div>
  );
}
