/**
 * Errors a service throws in the business's words. The tRPC layer turns them into status codes
 * in one place (trpc/error-mapping.ts), so services never import tRPC and scripts can catch them.
 */
export abstract class DomainError extends Error {
  /** Safe to show the person who asked: domain errors never carry internal details. */
  readonly expose = true;
}

/** Missing, or belongs to another tenant: the two must look the same (existence is not revealed). */
export class NotFoundError extends DomainError {
  override readonly name = "NotFoundError";
  constructor(entity: string) {
    super(`${entity} not found`);
  }
}

/** Signed in, but this person's role or permissions do not allow it. */
export class ForbiddenError extends DomainError {
  override readonly name = "ForbiddenError";
  constructor(message = "You do not have access to this") {
    super(message);
  }
}

/** The change collides with the current state (a duplicate phone, a lead already converted). */
export class ConflictError extends DomainError {
  override readonly name = "ConflictError";
}

/**
 * A business rule the input breaks that a schema cannot express. `fieldErrors` lets a form show
 * the message under the right field, the same shape zod's flattened errors have.
 */
export class ValidationError extends DomainError {
  override readonly name = "ValidationError";
  constructor(
    message: string,
    readonly fieldErrors: Readonly<Record<string, readonly string[]>> = {},
  ) {
    super(message);
  }
}

/** Too many changes in a short time by one person. */
export class RateLimitedError extends DomainError {
  override readonly name = "RateLimitedError";
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many changes: try again in ${retryAfterSeconds} s`);
  }
}
