import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { formatKes, formatPercent } from "./format";
import { StackedBarChart } from "./stacked-bar-chart";

describe("formatKes", () => {
  it("groups thousands, shows cents only when there are some, and keeps big amounts exact", () => {
    expect(formatKes("182400.00")).toBe("KES 182,400");
    expect(formatKes("1250.5")).toBe("KES 1,250.50");
    expect(formatKes(0)).toBe("KES 0");
    expect(formatKes("-300.00")).toBe("−KES 300");
    expect(formatKes("12345678901234.99")).toBe("KES 12,345,678,901,234.99");
    expect(formatKes("4500", { cents: "always" })).toBe("KES 4,500.00");
  });

  it("prints ratios as percentages", () => {
    expect(formatPercent("0.0425")).toBe("4.3%");
    expect(formatPercent(0.0425, 2)).toBe("4.25%");
  });
});

describe("StackedBarChart", () => {
  const data = [
    { label: "Oct 2026", subscription: 12000, setup: 5000 },
    { label: "Nov 2026", subscription: 15000.5, setup: 0 },
  ];
  const series = [
    { key: "subscription", label: "Subscriptions" },
    { key: "setup", label: "Setup fees" },
  ] as const;

  it("names the chart, summarises it for screen readers and offers the figures as a table", () => {
    render(<StackedBarChart title="Revenue by month" data={data} series={series} />);
    const figure = screen.getByRole("figure", { name: "Revenue by month" });
    expect(figure.getAttribute("aria-describedby")).toBeTruthy();
    expect(figure.textContent).toContain(
      "Revenue by month: 2 periods from Oct 2026 to Nov 2026, KES 32,000.50 in total; " +
        "highest Oct 2026 at KES 17,000.",
    );
    const table = within(figure).getByRole("region", { name: "Revenue by month: figures" });
    const rows = within(table).getAllByRole("row");
    expect(rows.map((row) => row.textContent)).toEqual([
      "PeriodSubscriptionsSetup feesTotal",
      "Oct 2026KES 12,000KES 5,000KES 17,000",
      "Nov 2026KES 15,000.50KES 0KES 15,000.50",
    ]);
  });

  it("side by side (not stacked), the table has no Total: the measures are not parts of a whole", () => {
    render(
      <StackedBarChart
        title="Spend and sales"
        data={data}
        series={series}
        stacked={false}
        summary="Spend against sales"
      />,
    );
    const figure = screen.getByRole("figure", { name: "Spend and sales" });
    const rows = within(figure).getAllByRole("row");
    expect(rows[0]?.textContent).toBe("PeriodSubscriptionsSetup fees");
    expect(figure.textContent).toContain("Spend against sales");
  });

  it("says there is nothing to show when there are no periods", () => {
    render(<StackedBarChart title="Revenue by month" data={[]} series={series} format="count" />);
    expect(screen.getByText("Revenue by month: no figures yet.")).toBeTruthy();
  });
});
