"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { useState, type MouseEvent, type ReactNode } from "react";
import { cn } from "../cn";
import { CloseIcon, overlayClassName } from "./dialog";

export interface AppShellProps {
  /** The product or business mark at the top of the navigation. */
  brand: ReactNode;
  /** NavSections and NavLinks; shown in the sidebar on desktops and the menu on phones. */
  navigation: ReactNode;
  /** Accessible name of the navigation ("Business", "Admin"). */
  navigationLabel?: string;
  /** Usually a ShellHeader: shown above the content on wide screens. */
  header?: ReactNode;
  /** What the phone's top bar shows beside the menu button: a title, the user menu. */
  mobileBar?: ReactNode;
  /** Shown above everything on every page (the impersonation banner). */
  banner?: ReactNode;
  children: ReactNode;
}

function MenuIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
      <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

/**
 * The frame of the signed-in apps. Desktops get a fixed sidebar; phones (most businesses) get a
 * top bar whose menu button opens the same navigation as a slide-over, a Radix dialog, so focus
 * is trapped inside it, Escape closes it and focus returns to the button. The frame fills the
 * screen and only the content scrolls, so the banner and navigation never scroll away.
 */
export function AppShell({
  brand,
  navigation,
  navigationLabel = "Main",
  header,
  mobileBar,
  banner,
  children,
}: AppShellProps) {
  const [menuOpen, setMenuOpen] = useState(false);

  // Following a link from the menu should show the page, not leave the menu over it.
  const closeOnLink = (event: MouseEvent<HTMLElement>) => {
    if (event.target instanceof Element && event.target.closest("a[href]")) setMenuOpen(false);
  };

  return (
    <div className="flex h-dvh flex-col bg-background">
      <a
        href="#main-content"
        className="sr-only z-50 rounded-lg bg-surface px-3 py-2 text-sm font-medium focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      {banner}
      <DialogPrimitive.Root open={menuOpen} onOpenChange={setMenuOpen}>
        <div className="flex h-14 shrink-0 items-center gap-2 border-b border-border bg-surface px-2 lg:hidden">
          <DialogPrimitive.Trigger
            className="inline-flex size-11 items-center justify-center rounded-lg text-foreground hover:bg-surface-muted"
            aria-label="Open menu"
          >
            <MenuIcon />
          </DialogPrimitive.Trigger>
          <div className="flex min-w-0 flex-1 items-center justify-between gap-2">{mobileBar}</div>
        </div>
        <DialogPrimitive.Portal>
          <DialogPrimitive.Overlay className={cn(overlayClassName, "lg:hidden")} />
          <DialogPrimitive.Content
            aria-describedby={undefined}
            className="fixed inset-y-0 left-0 z-50 flex w-[min(20rem,85vw)] flex-col bg-surface shadow-xl lg:hidden"
          >
            <div className="flex h-14 shrink-0 items-center justify-between border-b border-border px-4">
              <DialogPrimitive.Title className="min-w-0 truncate">{brand}</DialogPrimitive.Title>
              <DialogPrimitive.Close
                className="inline-flex size-11 items-center justify-center rounded-lg text-muted-foreground hover:bg-surface-muted"
                aria-label="Close menu"
              >
                <CloseIcon />
              </DialogPrimitive.Close>
            </div>
            <nav
              aria-label={navigationLabel}
              className="flex-1 overflow-y-auto p-3"
              onClick={closeOnLink}
            >
              {navigation}
            </nav>
          </DialogPrimitive.Content>
        </DialogPrimitive.Portal>
      </DialogPrimitive.Root>

      <div className="flex min-h-0 flex-1">
        <aside className="hidden w-64 shrink-0 flex-col border-r border-border bg-surface lg:flex">
          <div className="flex h-14 shrink-0 items-center border-b border-border px-4">{brand}</div>
          <nav aria-label={navigationLabel} className="flex-1 overflow-y-auto p-3">
            {navigation}
          </nav>
        </aside>
        <div className="flex min-w-0 flex-1 flex-col">
          {header ? <div className="hidden lg:block">{header}</div> : null}
          <main
            id="main-content"
            tabIndex={-1}
            className="relative flex-1 overflow-y-auto px-4 py-6 lg:px-8"
          >
            {children}
          </main>
        </div>
      </div>
    </div>
  );
}
