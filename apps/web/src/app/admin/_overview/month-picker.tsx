import { Button, Label, Select } from "@aizalo/ui";

export interface MonthOption {
  value: string;
  label: string;
}

/**
 * A plain GET form: choosing a month reloads the page with ?month=YYYY-MM, so it works without
 * JavaScript and the address can be shared.
 */
export function MonthPicker({ months, selected }: { months: MonthOption[]; selected: string }) {
  return (
    <form method="get" action="/admin" className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <Label htmlFor="overview-month">Month</Label>
        <Select id="overview-month" name="month" defaultValue={selected} className="w-44">
          {months.map((month) => (
            <option key={month.value} value={month.value}>
              {month.label}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="secondary">
        Show
      </Button>
    </form>
  );
}
