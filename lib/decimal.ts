// A number as a person types it into a form: plain decimal notation ("46.05108", "-3.7",
// "+14"). Number() and z.coerce take more than people type and read it as something else:
// "0x30" is 48, "1e1" is 10, "" and " " are 0. Client-safe.
import { z } from "zod";

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** The number `text` writes in decimal notation, or null for anything else. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : null;
}

/**
 * A required decimal number: `missing` when the field is absent (blank fields are made
 * absent by `optional` or `blankToUndefined` first), `malformed` when it is not written in
 * decimal notation.
 */
export const decimalNumber = (messages: { missing: string; malformed: string }) =>
  z
    .string({ error: messages.missing })
    .transform((text, ctx) => {
      const n = parseDecimal(text);
      if (n === null) {
        ctx.addIssue({ code: "custom", message: messages.malformed });
        return z.NEVER;
      }
      return n;
    });
