"use client";

import { Toaster as SonnerToaster, toast } from "sonner";

export { toast };

/**
 * Toasts appear at the top centre: on a phone that is clear of the thumb and the keyboard.
 * Sonner announces them through a live region. Mount once per app layout.
 */
export function Toaster() {
  return (
    <SonnerToaster
      position="top-center"
      closeButton
      toastOptions={{
        classNames: {
          toast: "rounded-xl! border-border! bg-surface! text-foreground! shadow-lg!",
          description: "text-muted-foreground!",
          error: "text-danger!",
          success: "text-acacia-700!",
        },
      }}
    />
  );
}
