// What lib/ says in place of a sentence: a key of the message catalogue and its values.
// Components and emails turn it into text in the reader's language (components/ui/text.tsx,
// lib/email/translate.ts). Client-safe.
import type { MessageKey } from "@/i18n/types";

export type { MessageKey };
export type MessageValues = Record<string, string | number | Date>;

export type Msg = { key: MessageKey; values?: MessageValues };

export const msg = (key: MessageKey, values?: MessageValues): Msg => (values ? { key, values } : { key });

/** Whether text is a catalogue key ("forms.errors.required") rather than a sentence. */
export const isMessageKey = (text: string): text is MessageKey => /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/.test(text);

/** After too many attempts: how long to wait, in seconds under a minute, else in minutes. */
export const waitMessage = (seconds: number): Msg =>
  seconds < 60 ? msg("forms.errors.waitSeconds", { seconds }) : msg("forms.errors.waitMinutes", { minutes: Math.ceil(seconds / 60) });
