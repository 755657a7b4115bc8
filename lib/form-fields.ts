// Zod pieces that every form schema uses: how an HTML form sends "nothing", "several" and a
// choice among options, and the fields several forms share. Client-safe.
import { z } from "zod";
import { msg, type Msg } from "@/lib/message";

/** A blank form field (empty, or only spaces) means "not given". */
export const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A field that may be left blank. */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** A checkbox: ticked when sent as "on" (or "1"), whether once or among a group of one name. */
export const checkbox = z.preprocess((v) => [v].flat().some((x) => x === "1" || x === "on"), z.boolean());

/** A field that may arrive once (a value) or several times (a list), or not at all. */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));

/** The values of { value, label } options, as z.enum takes them. */
export const values = <T extends string>(options: readonly { value: T }[]) => options.map((o) => o.value) as [T, ...T[]];

/**
 * Who is writing, and the bots' trap: shared by every form that relays a message. A form using
 * them shows their errors from the "contact.errors" messages (put them in its ClientMessages).
 */
export const senderFields = {
  name: z.string({ error: "contact.errors.nameMissing" }).trim().min(1, "contact.errors.nameMissing").max(100, "forms.errors.tooLong"),
  email: z
    .string({ error: "contact.errors.emailMissing" })
    .trim()
    .min(1, "contact.errors.emailMissing")
    .max(254, "contact.errors.emailTooLong")
    .pipe(z.email({ error: "contact.errors.emailInvalid" }))
    .transform((e) => e.toLowerCase()),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.string().max(500).optional(),
};

/**
 * C0 control characters other than tab and line breaks, and DEL. No keyboard types them, a
 * page cannot show them, and PostgreSQL's text type refuses NUL outright.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * A search box's text, from an address anyone can type: control characters dropped (PostgreSQL
 * refuses NUL), spaces trimmed; longer than 100 characters, or not text, is no search at all.
 */
export const searchText = z
  .string()
  .transform((v) => v.replace(new RegExp(CONTROL_CHARACTER.source, "g"), "").trim())
  .pipe(z.string().max(100))
  .optional()
  .catch(undefined);

/** Whether text holds a control character (see CONTROL_CHARACTER). */
export const hasControlCharacter = (text: string) => CONTROL_CHARACTER.test(text);

/** The fields of a submitted form whose text holds a control character, each with its message. */
export function controlCharacterErrors(form: Record<string, unknown>): Record<string, Msg[]> {
  const errors: Record<string, Msg[]> = {};
  for (const [key, value] of Object.entries(form)) {
    if ((Array.isArray(value) ? value : [value]).some((v) => typeof v === "string" && CONTROL_CHARACTER.test(v))) {
      errors[key] = [msg("forms.errors.controlCharacter")];
    }
  }
  return errors;
}
