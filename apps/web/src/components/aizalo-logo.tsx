import Link from "next/link";

/** The Aizalo wordmark, linking home. */
export function AizaloLogo() {
  return (
    <Link href="/" className="inline-flex items-center gap-2 font-semibold text-foreground">
      <span
        aria-hidden="true"
        className="flex size-8 items-center justify-center rounded-lg bg-clay-600 text-white"
      >
        A
      </span>
      Aizalo
    </Link>
  );
}
