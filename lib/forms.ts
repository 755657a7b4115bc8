import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { UserError } from "@/lib/errors";
import { controlCharacterErrors } from "@/lib/form-fields";
import { log } from "@/lib/log";
import { requestId } from "@/lib/request";

import type { FormState } from "@/lib/form-state";

export { initialFormState, type FormState } from "@/lib/form-state";

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
export function formObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
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
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error?.issues ?? []) {
      const key = String(issue.path[0] ?? "form");
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { ok: false, message: "Please correct the highlighted fields.", fieldErrors: { ...fieldErrors, ...invisible }, values };
  }
  try {
    return (await run(parsed.data)) ?? { ok: true, values };
  } catch (e) {
    return errorState(e, values);
  }
}

/** Expected errors become a message; unexpected ones are logged and named by request id. */
export async function errorState(e: unknown, values?: FormState["values"]): Promise<FormState> {
  unstable_rethrow(e); // redirect() and notFound() travel as errors
  if (e instanceof UserError) {
    return e.field
      ? { ok: false, message: "Please correct the highlighted fields.", fieldErrors: { [e.field]: [e.message] }, values }
      : { ok: false, message: e.message, values };
  }
  const id = await requestId().catch(() => undefined);
  log.error("form action failed", { requestId: id, error: e });
  return { ok: false, message: `Something went wrong on our side and nothing was saved. Please try again; if it keeps happening, contact us and quote reference ${id ?? "unknown"}.`, values };
}
