import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DataTable, type DataTableColumn, type DataTableProps } from "./data-table";

interface Business {
  id: string;
  name: string;
  fee: string;
}

const columns: DataTableColumn<Business>[] = [
  { id: "name", header: "Business", cell: (b) => b.name, sortable: true },
  {
    id: "fee",
    header: "Monthly fee",
    cell: (b) => `KES ${b.fee}`,
    sortable: true,
    descFirst: true,
  },
  { id: "town", header: "Town", cell: () => "Nakuru" },
];

const rows: Business[] = [
  { id: "t1", name: "Mama Oliech Kitchen", fee: "2,500" },
  { id: "t2", name: "Kilifi Palms Lodge", fee: "4,000" },
];

function renderTable(overrides: Partial<DataTableProps<Business>> = {}) {
  const onSortChange = vi.fn();
  const onPageChange = vi.fn();
  render(
    <DataTable
      label="Tenants"
      columns={columns}
      rows={rows}
      rowKey={(b) => b.id}
      total={45}
      page={2}
      pageSize={20}
      sort={{ id: "name", desc: false }}
      onSortChange={onSortChange}
      onPageChange={onPageChange}
      empty={<p>No tenants match</p>}
      {...overrides}
    />,
  );
  return { onSortChange, onPageChange };
}

describe("DataTable", () => {
  it("shows the server's page as rows, labelled for each cell, and where it sits in the total", () => {
    renderTable();
    const table = screen.getByRole("table", { name: "Tenants" });
    const bodyRows = within(table).getAllByRole("row").slice(1);
    expect(bodyRows.map((row) => row.textContent)).toEqual([
      "Mama Oliech KitchenKES 2,500Nakuru",
      "Kilifi Palms LodgeKES 4,000Nakuru",
    ]);
    expect(within(bodyRows[0]!).getAllByRole("cell")[1]!.getAttribute("data-label")).toBe(
      "Monthly fee",
    );
    expect(screen.getByText("Showing 21–40 of 45")).toBeTruthy();
    expect(screen.getByText("Page 2 of 3")).toBeTruthy();
  });

  it("marks the sorted column with aria-sort and leaves unsortable columns without it", () => {
    renderTable({ sort: { id: "fee", desc: true } });
    const headers = screen.getAllByRole("columnheader");
    expect(headers.map((h) => h.getAttribute("aria-sort"))).toEqual(["none", "descending", null]);
    expect(within(headers[2]!).queryByRole("button")).toBeNull();
  });

  it("asks for the next sort: ascending, then descending, then the server default", async () => {
    const user = userEvent.setup();
    const first = renderTable({ sort: null });
    await user.click(screen.getByRole("button", { name: "Business" }));
    expect(first.onSortChange).toHaveBeenLastCalledWith({ id: "name", desc: false });
    // A money column starts with the largest amounts.
    await user.click(screen.getByRole("button", { name: "Monthly fee" }));
    expect(first.onSortChange).toHaveBeenLastCalledWith({ id: "fee", desc: true });
  });

  it("turns a second click on the ascending column into descending", async () => {
    const user = userEvent.setup();
    const asc = renderTable({ sort: { id: "name", desc: false } });
    await user.click(screen.getByRole("button", { name: "Business" }));
    expect(asc.onSortChange).toHaveBeenLastCalledWith({ id: "name", desc: true });
  });

  it("clears the sort when the descending column is clicked again", async () => {
    const user = userEvent.setup();
    const desc = renderTable({ sort: { id: "name", desc: true } });
    await user.click(screen.getByRole("button", { name: "Business" }));
    expect(desc.onSortChange).toHaveBeenLastCalledWith(null);
  });

  it("pages with Previous and Next and disables them at the ends", async () => {
    const user = userEvent.setup();
    const middle = renderTable();
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(middle.onPageChange).toHaveBeenLastCalledWith(3);
    await user.click(screen.getByRole("button", { name: "Previous" }));
    expect(middle.onPageChange).toHaveBeenLastCalledWith(1);
  });

  it("cannot go past the last page or before the first", () => {
    renderTable({ page: 3 });
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Next" }).disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Previous" }).disabled).toBe(
      false,
    );
  });

  it("shows the empty state, not an empty grid, when the server found nothing", () => {
    renderTable({ rows: [], total: 0, page: 1 });
    expect(screen.getByText("No tenants match")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("shows a skeleton and announces loading before the first page arrives", () => {
    renderTable({ rows: [], total: 0, page: 1, loading: true });
    expect(screen.queryByText("No tenants match")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("Loading…");
    expect(screen.getByRole("region", { name: "Tenants" }).getAttribute("aria-busy")).toBe("true");
    expect(screen.queryByText("Mama Oliech Kitchen")).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Next" }).disabled).toBe(true);
  });
});
