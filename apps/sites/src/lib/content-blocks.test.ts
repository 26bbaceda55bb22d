import { describe, expect, it } from "vitest";
import { contentBlocks } from "./content-blocks";

describe("contentBlocks", () => {
  it("splits paragraphs on blank lines and keeps single line breaks", () => {
    expect(contentBlocks("Karibu!\nWe open at 7am.\n\n\nFind us on Moi Avenue.")).toEqual([
      { type: "paragraph", lines: ["Karibu!", "We open at 7am."] },
      { type: "paragraph", lines: ["Find us on Moi Avenue."] },
    ]);
  });

  it("reads subheadings and lists", () => {
    expect(contentBlocks("## Our rooms\r\n\r\n- Single: KES 3,500\r\n- Double: KES 5,000")).toEqual(
      [
        { type: "heading", text: "Our rooms" },
        { type: "list", items: ["Single: KES 3,500", "Double: KES 5,000"] },
      ],
    );
  });

  it("keeps markup as text rather than interpreting it", () => {
    expect(contentBlocks("<script>alert(1)</script>")).toEqual([
      { type: "paragraph", lines: ["<script>alert(1)</script>"] },
    ]);
  });

  it("gives nothing for empty content", () => {
    expect(contentBlocks(" \n\n ")).toEqual([]);
  });
});
