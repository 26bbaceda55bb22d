import type { FlattenedErrors } from "@aizalo/ui";

/**
 * The field-by-field messages the API's error formatter sends with a refused input (zod's or a
 * business rule's), ready for FormField; a message for the form as a whole otherwise.
 */
export function formErrorsOf(error: unknown): FlattenedErrors {
  const data = (error as { data?: { validation?: FlattenedErrors | null } } | null)?.data;
  if (data?.validation) return data.validation;
  const message = error instanceof Error ? error.message : "Something went wrong";
  return { formErrors: [message], fieldErrors: {} };
}
