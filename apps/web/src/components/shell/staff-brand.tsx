/** The staff apps' mark: Aizalo, and which of its two apps this is. */
export function StaffBrand({ app }: { app: string }) {
  return (
    <span className="inline-flex items-center gap-2 font-semibold text-foreground">
      <span
        aria-hidden="true"
        className="flex size-8 items-center justify-center rounded-lg bg-clay-600 text-white"
      >
        A
      </span>
      Aizalo <span className="font-normal text-muted-foreground">{app}</span>
    </span>
  );
}
