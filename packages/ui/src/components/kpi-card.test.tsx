import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { KpiCard } from "./kpi-card";

describe("KpiCard", () => {
  it("says the change in words for screen readers and hides the arrow badge from them", () => {
    const { container } = render(
      <KpiCard
        label="Revenue this month"
        value="KES 182,400"
        change={{ current: 182_400, previous: 160_000 }}
        formatValue={(n) => `KES ${n.toLocaleString("en-KE")}`}
        periodLabel="vs last month"
      />,
    );
    expect(screen.getByText("KES 182,400")).toBeTruthy();
    expect(screen.getByText("Up 14% from KES 160,000 vs last month")).toBeTruthy();
    const badge = screen.getByText(/\+14%/);
    expect(badge.getAttribute("aria-hidden")).toBe("true");
    expect(badge.className).toContain("acacia");
    expect(container.textContent).toContain("↑");
  });

  it("colours a rise as bad news when lower is better", () => {
    render(
      <KpiCard
        label="Average reply time"
        value="14 min"
        change={{ current: 14, previous: 10 }}
        better="down"
      />,
    );
    expect(screen.getByText(/\+40%/).className).toContain("danger");
  });

  it("shows no change line without a previous period", () => {
    const { container } = render(<KpiCard label="Customers" value="37" />);
    expect(container.textContent).toBe("Customers37");
  });
});
