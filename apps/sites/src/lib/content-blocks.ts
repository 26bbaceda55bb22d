/**
 * A page's content as the business typed it: plain text, never HTML, so nothing a business
 * writes can run in a visitor's browser. Blocks are separated by a blank line; a block starting
 * with "## " is a subheading, a block whose lines all start with "- " is a list, and any other
 * block is a paragraph (its single line breaks kept).
 */
export type ContentBlock =
  | { type: "heading"; text: string }
  | { type: "list"; items: string[] }
  | { type: "paragraph"; lines: string[] };

export function contentBlocks(content: string): ContentBlock[] {
  return content
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block): ContentBlock => {
      if (block.startsWith("## ")) return { type: "heading", text: block.slice(3).trim() };
      const lines = block.split("\n").map((line) => line.trim());
      if (lines.every((line) => line.startsWith("- "))) {
        return { type: "list", items: lines.map((line) => line.slice(2).trim()) };
      }
      return { type: "paragraph", lines };
    });
}
