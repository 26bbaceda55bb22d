// `{{first_name}}`-style variables in a campaign's messages, filled in per customer at sending.
// No imports: the editor checks as the person types, the API checks again on save.

/** The variables a message may use: the customer's fields, and the business's own name. */
export const MESSAGE_VARIABLES = {
  first_name: "The customer's first name",
  last_name: "The customer's last name",
  location: "Where the customer lives",
  phone: "The customer's phone number",
  email: "The customer's email",
  business_name: "Your business's name",
} as const;
export type MessageVariable = keyof typeof MESSAGE_VARIABLES;

const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Every variable the text uses, in order of first use. */
export function variablesIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(VARIABLE)) found.add(match[1] ?? "");
  return [...found];
}

/** The variables in `text` that are not known fields (empty when all are fine). */
export function unknownVariables(text: string): string[] {
  return variablesIn(text).filter((name) => !Object.hasOwn(MESSAGE_VARIABLES, name));
}

/** A field error naming the unknown variables and the ones that exist, or null. */
export function variableProblem(text: string): string | null {
  const unknown = unknownVariables(text);
  if (unknown.length === 0) return null;
  const known = Object.keys(MESSAGE_VARIABLES)
    .map((name) => `{{${name}}}`)
    .join(", ");
  const named = unknown.map((name) => `{{${name}}}`).join(", ");
  return `Unknown variable ${named}: use one of ${known}.`;
}
