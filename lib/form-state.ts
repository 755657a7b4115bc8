// Shared by server actions and client forms (no server-only imports here).
import type { Msg } from "@/lib/message";

/** A message for the reader: a catalogue key with values, worded in the reader's language by the form. */
export type FormMessageText = Msg;

/**
 * What every form action returns. The form shows `message` at the top, each
 * `fieldErrors[name]` beside its field, and puts `values` back as defaultValues (React 19
 * resets uncontrolled fields after an action).
 */
export type FormState = {
  ok: boolean;
  message?: FormMessageText;
  fieldErrors?: Record<string, FormMessageText[] | undefined>;
  /** A field sent several times (a group of checkboxes) comes back as a list. */
  values?: Record<string, string | string[]>;
};

/** The value to put back into a single-value field. */
export const valueOf = (state: FormState, name: string): string | undefined => {
  const v = state.values?.[name];
  return typeof v === "string" ? v : v?.[0];
};

/** The values to put back into a group of checkboxes. */
export const valuesOf = (state: FormState, name: string): string[] | undefined => {
  const v = state.values?.[name];
  return v === undefined ? undefined : typeof v === "string" ? [v] : v;
};

export const initialFormState: FormState = { ok: false };
