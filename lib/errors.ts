import type { FormMessageText } from "@/lib/form-state";
import { msg, type MessageKey, type MessageValues, type Msg } from "@/lib/message";

/**
 * An expected failure for the user: validation beyond the schema, not allowed, deadline
 * passed, full. Commands throw it with a catalogue key (and values); the action shape turns it
 * into a message in the reader's language (beside `field` when given). Anything else is
 * unexpected and never shown raw.
 */
export class UserError extends Error {
  readonly text: FormMessageText;
  constructor(key: MessageKey, readonly field?: string, values?: MessageValues) {
    super(key);
    this.name = "UserError";
    this.text = msg(key, values);
  }

  /** The same, from a message a rule returned (`{ allowed: false, reason }`). */
  static of(message: Msg, field?: string) {
    return new UserError(message.key, field, message.values);
  }
}

/** The record does not exist or the acting user may not see it: the same answer for both. */
export class NotFoundError extends UserError {
  constructor() {
    super("forms.errors.notFound");
    this.name = "NotFoundError";
  }
}

/** Prisma's unique-constraint violation (P2002), by the driver adapter's shape too. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string }; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  return err?.code === "P2002" || err?.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";
}
