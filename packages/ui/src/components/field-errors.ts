/**
 * Errors as zod's `z.flattenError()` (and tRPC's flattened error formatter) hand them over:
 * messages for the form as a whole, and messages per field name.
 */
export interface FlattenedErrors {
  formErrors?: string[];
  fieldErrors: Partial<Record<string, string[] | undefined>>;
}

/** The messages for one field, or an empty list when it has none or there are no errors. */
export function fieldErrorsFor(errors: FlattenedErrors | null | undefined, name: string): string[] {
  const messages = errors?.fieldErrors[name] ?? [];
  return messages.filter((message) => message.trim().length > 0);
}
