import { describe, expect, it } from "vitest";
import { readListParams, writeListParams } from "./data-table-url";

const sorts = ["name", "mrr"];

describe("list parameters in the URL", () => {
  it("reads page and a descending sort", () => {
    expect(readListParams(new URLSearchParams("page=3&sort=-mrr"), sorts)).toEqual({
      page: 3,
      sort: { id: "mrr", desc: true },
    });
  });

  it("falls back on a bad page or an unknown sort column", () => {
    const fallback = { id: "name", desc: false };
    expect(readListParams(new URLSearchParams("page=-2&sort=password"), sorts, fallback)).toEqual({
      page: 1,
      sort: fallback,
    });
    expect(readListParams(new URLSearchParams("page=abc"), sorts).page).toBe(1);
  });

  it("keeps filters, and goes back to page 1 when the sort or a filter changes", () => {
    const now = new URLSearchParams("status=active&page=4&sort=name");
    expect(writeListParams(now, { sort: { id: "mrr", desc: true } }).toString()).toBe(
      "status=active&sort=-mrr",
    );
    expect(writeListParams(now, { set: { status: null, city: "Nakuru" } }).toString()).toBe(
      "sort=name&city=Nakuru",
    );
    expect(writeListParams(now, { page: 5 }).toString()).toBe("status=active&page=5&sort=name");
  });
});
