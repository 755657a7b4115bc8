"use client";
// Opening a hub to hosting in a round, or changing what it offers. Its words come from
// "p2pHosting.form" and its answers from "p2pHosting.errors" (HOSTING_FORM_MESSAGES).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ChoiceGroup, SelectField } from "@/components/ui/choice-fields";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import type { FormState } from "@/lib/form-state";
import { openHostingAction, updateHostingAction } from "@/lib/p2p/hosts/actions";
import { AVAILABILITY_MAX, OFFER_MAX } from "@/lib/p2p/hosts/rules";

type Option = { value: string; label: string };

export function HostingForm({
  mode,
  hubId,
  roundId,
  initial,
  languages,
  places,
}: {
  mode: "open" | "update";
  hubId: string;
  roundId: string;
  /** What the form shows first: nothing yet, or the hub's offer in the round. */
  initial: FormState;
  /** HOSTING_LANGUAGES with their names in the page's language. */
  languages: readonly Option[];
  /** PLACES_MIN to PLACES_MAX. */
  places: readonly Option[];
}) {
  const [state, action] = useActionState(mode === "open" ? openHostingAction : updateHostingAction, initial);
  const t = useTranslations("p2pHosting.form");
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="hubId" value={hubId} />
      <input type="hidden" name="roundId" value={roundId} />
      <Field name="offer" label={t("offer")} hint={t("offerHint")} multiline required maxLength={OFFER_MAX} state={state} />
      <Field name="availability" label={t("availability")} hint={t("availabilityHint")} required maxLength={AVAILABILITY_MAX} state={state} />
      <ChoiceGroup name="languages" legend={t("languages")} options={languages} type="checkbox" required state={state} />
      <SelectField name="places" label={t("places")} hint={t("placesHint")} options={places} required placeholder={t("placesChoose")} state={state} />
      <SubmitButton pendingLabel={mode === "open" ? t("opening") : t("saving")}>{mode === "open" ? t("open") : t("save")}</SubmitButton>
    </form>
  );
}
