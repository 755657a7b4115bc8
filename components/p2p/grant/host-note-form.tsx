"use client";
// The host's note on the exchange, part of the report, from the request's page. Words from
// "p2pGrant.hostNote", refusals from "p2pGrant.errors" (GRANT_MESSAGES in ./messages.ts).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { saveHostNoteAction } from "@/lib/p2p/reports/actions";
import { HOST_NOTE_MAX } from "@/lib/p2p/reports/rules";

export function HostNoteForm({ requestId, note }: { requestId: string; note: string }) {
  const t = useTranslations("p2pGrant.hostNote");
  const [state, action] = useActionState(saveHostNoteAction, { ok: false, values: { hostNote: note } });
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      <div key={JSON.stringify(state.values ?? {})}>
        <Field name="hostNote" label={t("label")} hint={t("hint")} state={state} multiline maxLength={HOST_NOTE_MAX} />
      </div>
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
