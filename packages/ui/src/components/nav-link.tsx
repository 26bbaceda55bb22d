import { Slot } from "@radix-ui/react-slot";
import type { ComponentProps } from "react";
import { cn } from "../cn";

export interface NavLinkProps extends ComponentProps<"a"> {
  /** The current section: marked with aria-current="page" and highlighted. */
  active?: boolean;
  /**
   * Render the app's own link instead of a plain anchor, for client-side navigation:
   * `<NavLink asChild active><Link href="/acme/customers">Customers</Link></NavLink>`.
   */
  asChild?: boolean;
}

/** One entry of a shell's navigation. Styled from aria-current, so state and look agree. */
export function NavLink({ active = false, asChild = false, className, ...props }: NavLinkProps) {
  const Component = asChild ? Slot : "a";
  return (
    <Component
      aria-current={active ? "page" : undefined}
      className={cn(
        "flex min-h-10 items-center gap-3 rounded-lg px-3 text-sm font-medium text-sand-700 transition-colors hover:bg-surface-muted hover:text-foreground aria-[current=page]:bg-primary/10 aria-[current=page]:text-primary",
        className,
      )}
      {...props}
    />
  );
}

/** A titled group of NavLinks ("Workspace", "Settings"). */
export function NavSection({
  title,
  className,
  children,
  ...props
}: ComponentProps<"div"> & { title?: string }) {
  return (
    <div className={cn("flex flex-col gap-1", className)} {...props}>
      {title ? (
        <p className="px-3 pt-4 pb-1 text-xs font-medium tracking-wide text-muted-foreground uppercase">
          {title}
        </p>
      ) : null}
      {children}
    </div>
  );
}
