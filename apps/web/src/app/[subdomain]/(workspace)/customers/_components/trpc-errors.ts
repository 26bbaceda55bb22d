import type { FlattenedErrors } from "@aizalo/ui";

/**
 * The field errors the API sends with a refused input (zod's or a domain ValidationError's),
 * in the shape FormField reads; a message for the whole form otherwise.
 */
export function formErrorsOf(error: unknown): FlattenedErrors | null {
  if (!error) return null;
  const data = (error as { data?: { validation?: FlattenedErrors | null } }).data;
  if (data?.validation) return data.validation;
  const message = error instanceof Error ? error.message : "Something went wrong";
  return { formErrors: [message], fieldErrors: {} };
}
