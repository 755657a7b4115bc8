"use client";
// The "add your hub" form, also used to edit one: sections, then Preview / Save draft /
// Submit (or Save changes). The server answers with messages beside fields, a list of
// likely duplicates, or a preview of the hub; the typed values always come back.
// Its words: the hubForms messages (the page wraps it in ClientMessages).
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { ChoiceGroup, Checkbox, SelectField } from "@/components/ui/choice-fields";
import { DuplicatesPanel } from "@/components/hubs/form/duplicates-panel";
import { HubPreview } from "@/components/hubs/form/hub-preview";
import { ImageField } from "@/components/ui/image-field";
import { LocationPicker } from "@/components/hubs/form/location-picker";
import { valueOf, valuesOf } from "@/lib/form-state";
import type { HubFormState } from "@/lib/hubs/form-state";
import { optionsOf } from "@/lib/hubs/taxonomy";

type Props = {
  mode: "create" | "edit";
  action: (state: HubFormState, formData: FormData) => Promise<HubFormState>;
  initial: HubFormState;
  /** Edit mode: the hub being changed. */
  hubId?: string;
};

function FormSection({ title, intro, children }: { title: string; intro?: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-xl border border-stone-200 bg-white p-5 sm:p-6">
      <h2 id={id} className="text-xl font-bold text-stone-950">
        {title}
      </h2>
      {intro ? <p className="mt-1 text-stone-700">{intro}</p> : null}
      <div className="mt-5 space-y-6">{children}</div>
    </section>
  );
}

/**
 * While the preview shows, the form holds the checked values as hidden fields, so that
 * "Submit" sends exactly what was previewed. ("intent" comes from the button pressed.)
 */
function CarriedValues({ values }: { values: Record<string, string | string[]> }) {
  return Object.entries(values)
    .filter(([name]) => name !== "intent")
    .flatMap(([name, value]) => [value].flat().map((v, i) => <input key={`${name}-${i}`} type="hidden" name={name} value={v} />));
}

const button = {
  primary: "rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60",
  secondary: "rounded-md border border-brand-700 bg-white px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60",
};

export function HubForm({ mode, action, initial, hubId }: Props) {
  const t = useTranslations("hubForms.form");
  const tForms = useTranslations("forms.submit");
  const [state, formAction, pending] = useActionState(action, initial);
  const formId = `hub-form${useId()}`;
  const [editing, setEditing] = useState(false);
  const [shownState, setShownState] = useState(state);
  if (shownState !== state) {
    // A new answer from the server: show its preview, if it brought one.
    setShownState(state);
    setEditing(false);
  }
  const showPreview = Boolean(state.preview) && !editing;
  const submitLabel = mode === "create" ? t("submit") : t("saveChanges");
  const submitIntent = mode === "create" ? "submit" : "save";

  // After each answer, move focus to what it brought, so keyboard and screen reader users
  // land on the preview, the possible duplicates or the message rather than on the button.
  const messageRef = useRef<HTMLDivElement>(null);
  const duplicatesRef = useRef<HTMLHeadingElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const formTopRef = useRef<HTMLParagraphElement>(null);
  const answered = state !== initial;
  useEffect(() => {
    if (!answered) return;
    (state.preview ? previewRef : state.duplicates?.length ? duplicatesRef : messageRef).current?.focus();
  }, [answered, state]);
  useEffect(() => {
    if (editing) formTopRef.current?.focus();
  }, [editing]);

  return (
    <div className="space-y-6">
      <div ref={messageRef} tabIndex={-1} className="focus:outline-none">
        <FormMessage state={state} />
      </div>

      {state.duplicates?.length ? <DuplicatesPanel duplicates={state.duplicates} formId={formId} headingRef={duplicatesRef} /> : null}

      {showPreview ? (
        <section aria-labelledby={`${formId}-preview`} className="space-y-4">
          <h2 id={`${formId}-preview`} ref={previewRef} tabIndex={-1} className="text-2xl font-bold text-stone-950 focus:outline-none">
            {t("previewHeading")}
          </h2>
          <p className="text-stone-700">{mode === "create" ? t("previewCheckCreate") : t("previewCheckEdit")}</p>
          {state.preview ? <HubPreview hub={state.preview.hub} imageKey={state.preview.imageKey} /> : null}
          <div className="flex flex-wrap gap-3">
            <button type="submit" form={formId} name="intent" value={submitIntent} disabled={pending} className={button.primary}>
              {pending ? tForms("pending") : submitLabel}
            </button>
            <button type="button" onClick={() => setEditing(true)} className={button.secondary}>
              {t("edit")}
            </button>
          </div>
        </section>
      ) : null}

      <form id={formId} action={formAction} noValidate className="space-y-6">
        {showPreview ? (
          <CarriedValues values={state.values ?? {}} />
        ) : (
          <>
            <p ref={formTopRef} tabIndex={-1} className="text-stone-700 focus:outline-none">
              {t("required")}
            </p>
            {/* A new set of values from the server re-creates the fields with those values. */}
            <HubFields key={JSON.stringify(state.values ?? {})} state={state} mode={mode} hubId={hubId} />
            <div className="flex flex-wrap gap-3">
              {/* The first button is the one Enter presses: the safe one. */}
              {mode === "create" ? (
                <>
                  <button type="submit" name="intent" value="preview" disabled={pending} className={button.primary}>
                    {t("preview")}
                  </button>
                  <button type="submit" name="intent" value="draft" disabled={pending} className={button.secondary}>
                    {t("saveDraft")}
                  </button>
                  <button type="submit" name="intent" value="submit" disabled={pending} className={button.secondary}>
                    {t("submit")}
                  </button>
                </>
              ) : (
                <>
                  <button type="submit" name="intent" value="save" disabled={pending} className={button.primary}>
                    {t("saveChanges")}
                  </button>
                  <button type="submit" name="intent" value="preview" disabled={pending} className={button.secondary}>
                    {t("preview")}
                  </button>
                </>
              )}
              <p role="status" className="self-center text-stone-700">
                {pending ? tForms("pending") : ""}
              </p>
            </div>
          </>
        )}
      </form>
    </div>
  );
}

/** The form's sections, filled from `state.values`. */
function HubFields({ state, mode, hubId }: { state: HubFormState; mode: Props["mode"]; hubId?: string }) {
  const words = useTranslations("hubs.taxonomy");
  const t = useTranslations("hubForms.form");
  return (
      <div className="space-y-6">
        {mode === "create" ? <input type="hidden" name="draftId" value={valueOf(state, "draftId") ?? ""} /> : <input type="hidden" name="hubId" value={hubId} />}
        <input type="hidden" name="notDuplicate" value={valuesOf(state, "notDuplicate")?.includes("1") ? "1" : ""} />

        <FormSection title={t("sections.about")}>
          <Field name="name" label={t("name")} state={state} required maxLength={120} />
          <SelectField name="kind" label={t("kind")} options={optionsOf(words, "kinds")} state={state} required placeholder={t("kindPlaceholder")} />
          <ChoiceGroup name="format" legend={t("format")} options={optionsOf(words, "formats")} state={state} type="radio" required />
          <Field name="summary" label={t("summary")} hint={t("summaryHint")} state={state} required multiline maxLength={280} />
          <Field name="story" label={t("story")} hint={t("storyHint")} state={state} multiline maxLength={8000} />
        </FormSection>

        <FormSection title={t("sections.offers")}>
          <ChoiceGroup name="disciplines" legend={t("disciplines")} hint={t("disciplinesHint")} options={optionsOf(words, "disciplines")} state={state} type="checkbox" required />
          <ChoiceGroup name="services" legend={t("services")} options={optionsOf(words, "services")} state={state} type="checkbox" />
          <Checkbox name="openToExchanges" label={t("openToExchanges")} hint={t("openToExchangesHint")} state={state} />
        </FormSection>

        <FormSection title={t("sections.where")}>
          <LocationPicker state={state} />
          <Field name="address" label={t("address")} hint={t("addressHint")} state={state} autoComplete="street-address" maxLength={200} />
        </FormSection>

        <FormSection title={t("sections.contact")}>
          <Field name="contactEmail" label={t("contactEmail")} type="email" hint={t("contactEmailHint")} state={state} required autoComplete="email" maxLength={254} />
          <Field name="website" label={t("website")} type="url" hint={t("websiteHint")} state={state} maxLength={300} />
          <Field name="socialLinks" label={t("socialLinks")} hint={t("socialLinksHint")} state={state} multiline maxLength={2000} />
        </FormSection>

        <FormSection title={t("sections.size")}>
          <Field name="foundedYear" label={t("foundedYear")} hint={t("foundedYearHint")} state={state} maxLength={4} />
          <SelectField name="teamSize" label={t("teamSize")} options={optionsOf(words, "teamSizes")} state={state} placeholder={t("notSaying")} />
          <SelectField name="membersCount" label={t("membersCount")} hint={t("membersCountHint")} options={optionsOf(words, "memberCounts")} state={state} placeholder={t("notSaying")} />
        </FormSection>

        <FormSection title={t("sections.image")} intro={t("sections.imageIntro")}>
          <ImageField
            state={state}
            names={{ file: "image", key: "imageKey", remove: "removeImage", alt: "imageAlt" }}
            label={t("image")}
            replaceLabel={t("imageReplace")}
            altLabel={t("imageAlt")}
            altHint={t("imageAltHint")}
          />
        </FormSection>
      </div>
  );
}
