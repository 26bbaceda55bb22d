import type { Route } from "next";
import Link from "next/link";
import { Button, Input, Label, cn } from "@aizalo/ui";
import { MAX_RANGE_DAYS, PRESET_LABELS, PRESETS, type ChosenRange, type Preset } from "./range";

/**
 * Presets are links and the custom range a plain GET form: the range is in the URL, works
 * without JavaScript, and the back button steps through the ranges looked at.
 */
export function RangePicker({ subdomain, chosen }: { subdomain: string; chosen: ChosenRange }) {
  const base = `/${subdomain}/analytics`;
  return (
    <div className="flex flex-col gap-3">
      <nav aria-label="Date range presets" className="flex flex-wrap gap-2">
        {(Object.keys(PRESETS) as Preset[]).map((preset) => {
          const current = chosen.preset === preset;
          return (
            <Link
              key={preset}
              href={`${base}?preset=${preset}` as Route}
              aria-current={current ? "page" : undefined}
              className={cn(
                "rounded-full border px-3 py-1 text-sm",
                current
                  ? "border-primary bg-primary text-primary-foreground"
                  : "border-border text-foreground hover:bg-surface-muted",
              )}
            >
              {PRESET_LABELS[preset]}
            </Link>
          );
        })}
      </nav>
      <form
        method="get"
        action={base}
        aria-label="Custom date range"
        className="flex flex-wrap items-end gap-2"
      >
        <div className="flex flex-col gap-1">
          <Label htmlFor="analytics-from">From</Label>
          <Input
            id="analytics-from"
            name="from"
            type="date"
            defaultValue={chosen.from}
            required
            className="w-40"
          />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="analytics-to">To</Label>
          <Input
            id="analytics-to"
            name="to"
            type="date"
            defaultValue={chosen.to}
            required
            className="w-40"
          />
        </div>
        <Button type="submit" variant="secondary">
          Show
        </Button>
        <p className="w-full text-xs text-muted-foreground">Up to {MAX_RANGE_DAYS} days.</p>
      </form>
      {chosen.error ? (
        <p role="alert" className="text-sm text-danger">
          {chosen.error} Showing the last 30 days instead.
        </p>
      ) : null}
    </div>
  );
}
