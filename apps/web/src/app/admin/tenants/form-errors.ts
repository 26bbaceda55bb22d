import type { FlattenedErrors } from "@aizalo/ui";

/**
 * The messages a failed mutation carries for a form: per field when the API validated the input
 * (the error formatter's `validation`), else the message as a whole-form error.
 */
export function formErrorsOf(error: unknown): FlattenedErrors | null {
  if (!error) return null;
  const data = (error as { data?: { validation?: FlattenedErrors | null } }).data;
  if (data?.validation) return data.validation;
  const message = error instanceof Error ? error.message : "Something went wrong";
  return { formErrors: [message], fieldErrors: {} };
}
