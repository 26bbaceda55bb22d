import type { TRPCError } from "@trpc/server";
import type { DefaultErrorShape } from "@trpc/server/unstable-core-do-not-import";
import { z } from "zod";
import { sessionEndReasonOf } from "../auth/session-ended";
import { ValidationError } from "../errors";

/** Field-by-field messages a form can show under each input (zod's flattened shape). */
export interface FormErrors {
  formErrors: string[];
  fieldErrors: Record<string, string[]>;
}

/**
 * What a client sees of an error. Input errors come flattened for forms; unexpected errors say
 * nothing about what broke (the log has it, under the request id); no stack, ever.
 */
export function formatError({ shape, error }: { shape: DefaultErrorShape; error: TRPCError }) {
  const { stack: _stack, ...data } = shape.data;
  const validation = formErrorsOf(error);
  return {
    ...shape,
    message: messageFor(error, shape.message),
    // Why the session ended (password-changed, impersonation-ended...), for the client to act on.
    data: { ...data, validation, sessionEnded: sessionEndReasonOf(error) },
  };
}

function messageFor(error: TRPCError, message: string): string {
  if (error.code === "INTERNAL_SERVER_ERROR") return "Something went wrong";
  // zod's own message is its issues as JSON: the fields carry them, the toast says this.
  if (error.cause instanceof z.ZodError) return "Please correct the highlighted fields";
  return message;
}

function formErrorsOf(error: TRPCError): FormErrors | null {
  if (error.cause instanceof z.ZodError) {
    const flat = z.flattenError(error.cause);
    return { formErrors: flat.formErrors, fieldErrors: withoutEmpty(flat.fieldErrors) };
  }
  if (error.cause instanceof ValidationError) {
    return {
      formErrors: [error.cause.message],
      fieldErrors: Object.fromEntries(
        Object.entries(error.cause.fieldErrors).map(([field, messages]) => [field, [...messages]]),
      ),
    };
  }
  return null;
}

function withoutEmpty(fields: Record<string, string[] | undefined>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string[]] => Boolean(entry[1])),
  );
}
