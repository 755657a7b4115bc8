import { useTranslations } from "next-intl";
import type { FormMessageText } from "@/lib/form-state";

/**
 * A message from lib/ (a catalogue key and its values) in the page's language. In a client
 * component, the key's part of the catalogue must be in its ClientMessages.
 */
export function Text({ msg }: { msg: FormMessageText | undefined }) {
  const t = useTranslations();
  if (msg === undefined) return null;
  return t(msg.key, msg.values as never);
}
