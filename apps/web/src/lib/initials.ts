/** Up to two letters for a business's badge when it has no logo: "Baraka Hardware" → "BH". */
export function initialsOf(businessName: string): string {
  const letters = businessName
    .split(/\s+/)
    .map((word) => word.match(/[\p{L}\p{N}]/u)?.[0] ?? "")
    .filter(Boolean);
  return letters.slice(0, 2).join("").toUpperCase() || "?";
}
