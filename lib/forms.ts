import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { UserError } from "@/lib/errors";
import { controlCharacterErrors } from "@/lib/form-fields";
import { log } from "@/lib/log";
import { isMessageKey, msg, type Msg } from "@/lib/message";
import { requestId } from "@/lib/request";

import type { FormState } from "@/lib/form-state";

export type { FormState } from "@/lib/form-state";

/** Fields that must never be echoed back into the page ("current" is the current password). */
const SECRET_FIELD = /password|^current$/i;

export function formValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION") || SECRET_FIELD.test(key)) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    if (all.length) values[key] = all.length === 1 ? all[0]! : all;
  }
  return values;
}

/**
 * The form as an object for the schema: a field sent once is a value, a field sent several
 * times (checkboxes of one name) a list. Schemas of list fields accept either (see `listOf`).
 */
function formObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

/**
 * The one shape of a form action: parse with the area's zod schema, run the command,
 * and turn every outcome into a FormState. `run` may redirect() on success.
 */
export async function handleForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  run: (input: z.output<S>) => Promise<FormState | void>,
): Promise<FormState> {
  const values = formValues(formData);
  const form = formObject(formData);
  const parsed = schema.safeParse(form);
  // Checked here, for every text field of every form, rather than in each schema.
  const invisible = controlCharacterErrors(form);
  if (!parsed.success || Object.keys(invisible).length) {
    const fieldErrors: NonNullable<FormState["fieldErrors"]> = {};
    for (const issue of parsed.error?.issues ?? []) {
      const key = String(issue.path[0] ?? "form");
      (fieldErrors[key] ??= []).push(issueMessage(issue));
    }
    return { ok: false, message: msg("forms.errors.correctFields"), fieldErrors: { ...fieldErrors, ...invisible }, values };
  }
  try {
    return (await run(parsed.data)) ?? { ok: true, values };
  } catch (e) {
    return errorState(e, values);
  }
}

/** Expected errors become a message; unexpected ones are logged and named by request id. */
async function errorState(e: unknown, values?: FormState["values"]): Promise<FormState> {
  unstable_rethrow(e); // redirect() and notFound() travel as errors
  if (e instanceof UserError) {
    return e.field
      ? { ok: false, message: msg("forms.errors.correctFields"), fieldErrors: { [e.field]: [e.text] }, values }
      : { ok: false, message: e.text, values };
  }
  const id = await requestId().catch(() => undefined);
  log.error("form action failed", { requestId: id, error: e });
  return { ok: false, message: msg("forms.errors.unexpected", { reference: id ?? "—" }), values };
}

/**
 * A schema's complaint as a message: the schema's own key when it gives one
 * (`z.string().min(1, "hubForms.errors.nameMissing")`), else the general one for its kind.
 */
export function issueMessage(issue: z.core.$ZodIssue): Msg {
  const bound = issue as { origin?: string; maximum?: number | bigint; minimum?: number | bigint; format?: string };
  const max = Number(bound.maximum), min = Number(bound.minimum);
  if (isMessageKey(issue.message)) return msg(issue.message, { ...(bound.maximum !== undefined && { max }), ...(bound.minimum !== undefined && { min }) });
  switch (issue.code) {
    case "too_big":
      return bound.origin === "string" ? msg("forms.errors.tooLong", { max }) : bound.origin === "array" || bound.origin === "set" ? msg("forms.errors.tooMany", { max }) : msg("forms.errors.tooLarge", { max });
    case "too_small":
      if (bound.origin === "string" || bound.origin === "array") return min <= 1 ? msg("forms.errors.required") : msg("forms.errors.tooShort", { min });
      return msg("forms.errors.tooSmall", { min });
    case "invalid_type":
      return msg("forms.errors.required");
    case "invalid_value":
      return msg("forms.errors.choose");
    case "invalid_format":
      return bound.format === "email" ? msg("forms.errors.email") : bound.format === "url" ? msg("forms.errors.url") : msg("forms.errors.invalid");
    default:
      return msg("forms.errors.invalid");
  }
}
