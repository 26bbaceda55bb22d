/** "KES 12,500": how prices read in chats and pages. */
export function kes(amount: number): string {
  return `KES ${amount.toLocaleString("en-KE")}`;
}

/** A whole-shilling amount as a numeric(12,2) string: money never goes through a float. */
export function shillings(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new Error(`Not a whole shilling amount: ${amount}`);
  return `${amount}.00`;
}

/** Fills `{name}`-style slots; a slot without a value is a bug in the seed's content. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-z_]+)\}/g, (_, slot: string) => {
    const value = values[slot];
    if (value === undefined) throw new Error(`No value for {${slot}} in "${template}"`);
    return value;
  });
}
