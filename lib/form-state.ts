// Shared by server actions and client forms (no server-only imports here).

/**
 * What every form action returns. The form shows `message` at the top, each
 * `fieldErrors[name]` beside its field, and puts `values` back as defaultValues (React 19
 * resets uncontrolled fields after an action).
 */
export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};

export const initialFormState: FormState = { ok: false };
