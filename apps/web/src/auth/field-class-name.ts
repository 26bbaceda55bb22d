/** The look of the sign-in pages' text fields: 44 px tall, a comfortable tap target on phones. */
export const fieldClassName =
  "h-11 w-full min-w-0 rounded-lg border border-border bg-surface px-3 text-base text-foreground shadow-xs focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring aria-invalid:border-danger";
