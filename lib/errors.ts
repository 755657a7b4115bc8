/**
 * An expected failure with a sentence for the user: validation beyond the schema, not
 * allowed, deadline passed, full. Commands throw it; the action shape turns it into a
 * message (beside `field` when given). Anything else is unexpected and never shown raw.
 */
export class UserError extends Error {
  constructor(message: string, readonly field?: string) {
    super(message);
    this.name = "UserError";
  }
}

/** The record does not exist or the acting user may not see it: the same answer for both. */
export class NotFoundError extends UserError {
  constructor(what = "page") {
    super(`We could not find that ${what}.`);
    this.name = "NotFoundError";
  }
}

/** Prisma's unique-constraint violation (P2002), by the driver adapter's shape too. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string }; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  return err?.code === "P2002" || err?.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";
}
