"use client";
// An owner asks for one of their hubs to join the network: the kind of membership, and how the
// hub meets the four criteria. Errors beside each field; what was typed is kept.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ChoiceGroup } from "@/components/ui/choice-fields";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState } from "@/lib/form-state";
import { requestMembershipAction } from "@/lib/p2p/membership/actions";
import { MEMBERSHIP_MESSAGE_MAX, MEMBERSHIP_MESSAGE_MIN } from "@/lib/p2p/membership/rules";

export function MembershipRequestForm({ hubId, hubName }: { hubId: string; hubName: string }) {
  const t = useTranslations("p2pMembership");
  const [state, action] = useActionState(requestMembershipAction, initialFormState);
  const kinds = (["regular", "associate"] as const).map((kind) => ({ value: kind, label: `${t(`kinds.${kind}.name`)}: ${t(`kinds.${kind}.text`)}` }));
  return (
    <form action={action} noValidate className="space-y-5">
      <fieldset className="space-y-5">
        <legend className="text-lg font-semibold text-stone-950">{t("form.legend", { hub: hubName })}</legend>
        <FormMessage state={state} />
        <input type="hidden" name="hubId" value={hubId} />
        {/* Remounted with each answer: radios take their kept value only as they mount. */}
        <div key={JSON.stringify(state.values ?? {})} className="space-y-5">
          <ChoiceGroup name="kind" legend={t("form.kind")} type="radio" options={kinds} state={state} required />
          <Field
            name="message"
            label={t("form.message", { hub: hubName })}
            hint={t("form.messageHint", { min: MEMBERSHIP_MESSAGE_MIN, max: MEMBERSHIP_MESSAGE_MAX })}
            state={state}
            required
            multiline
            maxLength={MEMBERSHIP_MESSAGE_MAX}
          />
        </div>
      </fieldset>
      <SubmitButton pendingLabel={t("form.pending")}>{t("form.submit")}</SubmitButton>
    </form>
  );
}
