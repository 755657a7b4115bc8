"use client";
// The "add your hub" form, also used to edit one: sections, then Preview / Save draft /
// Submit (or Save changes). The server answers with messages beside fields, a list of
// likely duplicates, or a preview of the hub; the typed values always come back.
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { ChoiceGroup, Checkbox, SelectField } from "@/components/ui/choice-fields";
import { DuplicatesPanel } from "@/components/hubs/form/duplicates-panel";
import { ImageField } from "@/components/ui/image-field";
import { LocationPicker } from "@/components/hubs/form/location-picker";
import { valueOf, valuesOf } from "@/lib/form-state";
import type { HubFormState } from "@/lib/hubs/form-state";
import { DISCIPLINES, HUB_FORMATS, HUB_KINDS, MEMBER_COUNTS, SERVICES, TEAM_SIZES } from "@/lib/hubs/taxonomy";

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
  const submitLabel = mode === "create" ? "Submit for review" : "Save changes";
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
            Preview: your hub as visitors will see it
          </h2>
          <p className="text-stone-700">
            Check it over. {mode === "create" ? "Nothing is sent until you submit it for review." : "Nothing changes until you save."}
          </p>
          {state.preview}
          <div className="flex flex-wrap gap-3">
            <button type="submit" form={formId} name="intent" value={submitIntent} disabled={pending} className={button.primary}>
              {pending ? "Please wait…" : submitLabel}
            </button>
            <button type="button" onClick={() => setEditing(true)} className={button.secondary}>
              Edit
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
              Fields marked “optional” can be left empty; everything else is needed before the hub can be reviewed.
            </p>
            {/* A new set of values from the server re-creates the fields with those values. */}
            <HubFields key={JSON.stringify(state.values ?? {})} state={state} mode={mode} hubId={hubId} />
            <div className="flex flex-wrap gap-3">
              {/* The first button is the one Enter presses: the safe one. */}
              {mode === "create" ? (
                <>
                  <button type="submit" name="intent" value="preview" disabled={pending} className={button.primary}>
                    Preview
                  </button>
                  <button type="submit" name="intent" value="draft" disabled={pending} className={button.secondary}>
                    Save draft
                  </button>
                  <button type="submit" name="intent" value="submit" disabled={pending} className={button.secondary}>
                    Submit for review
                  </button>
                </>
              ) : (
                <>
                  <button type="submit" name="intent" value="save" disabled={pending} className={button.primary}>
                    Save changes
                  </button>
                  <button type="submit" name="intent" value="preview" disabled={pending} className={button.secondary}>
                    Preview
                  </button>
                </>
              )}
              <p role="status" className="self-center text-stone-700">
                {pending ? "Please wait…" : ""}
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
  return (
      <div className="space-y-6">
        {mode === "create" ? <input type="hidden" name="draftId" value={valueOf(state, "draftId") ?? ""} /> : <input type="hidden" name="hubId" value={hubId} />}
        <input type="hidden" name="notDuplicate" value={valuesOf(state, "notDuplicate")?.includes("1") ? "1" : ""} />

        <FormSection title="About the hub">
          <Field name="name" label="Name of the hub" state={state} required maxLength={120} />
          <SelectField name="kind" label="Kind of hub" options={HUB_KINDS} state={state} required placeholder="Choose the kind of hub" />
          <ChoiceGroup name="format" legend="Where it works" options={HUB_FORMATS} state={state} type="radio" required />
          <Field
            name="summary"
            label="Short description"
            hint="One or two sentences shown on the map and in the directory: between 20 and 280 characters."
            state={state}
            required
            multiline
            maxLength={280}
          />
          <Field name="story" label="The hub's story" hint="What the hub does, for whom, and how it started. Up to 8,000 characters; blank lines start new paragraphs." state={state} multiline maxLength={8000} />
        </FormSection>

        <FormSection title="What it offers">
          <ChoiceGroup name="disciplines" legend="Disciplines" hint="Choose every field the hub works in." options={DISCIPLINES} state={state} type="checkbox" required />
          <ChoiceGroup name="services" legend="Services and facilities" options={SERVICES} state={state} type="checkbox" />
          <Checkbox
            name="openToExchanges"
            label="Open to hosting peer-to-peer exchanges"
            hint="Hub managers from other countries may ask to visit and learn from you through the P2P exchange scheme."
            state={state}
          />
        </FormSection>

        <FormSection title="Where it is">
          <LocationPicker state={state} />
          <Field name="address" label="Street address" hint="Shown on the hub's page. Leave it out for a mobile or online hub." state={state} autoComplete="street-address" maxLength={200} />
        </FormSection>

        <FormSection title="Contact and links">
          <Field
            name="contactEmail"
            label="Contact email address"
            type="email"
            hint="Private: visitors write to the hub through a form, and we forward their messages here. The address itself is never shown."
            state={state}
            required
            autoComplete="email"
            maxLength={254}
          />
          <Field name="website" label="Website" type="url" hint="The full address, starting with https://" state={state} maxLength={300} />
          <Field name="socialLinks" label="Social media pages" hint="Full addresses, one per line, up to 6." state={state} multiline maxLength={2000} />
        </FormSection>

        <FormSection title="Size and history">
          <Field name="foundedYear" label="Year founded" hint="For example 2014." state={state} maxLength={4} />
          <SelectField name="teamSize" label="Size of the team" options={TEAM_SIZES} state={state} placeholder="Not saying" />
          <SelectField name="membersCount" label="Number of members" hint="People who use the hub: members, residents, tenants." options={MEMBER_COUNTS} state={state} placeholder="Not saying" />
        </FormSection>

        <FormSection title="Logo or photo" intro="An image makes the hub easier to recognise on its page.">
          <ImageField
            state={state}
            names={{ file: "image", key: "imageKey", remove: "removeImage", alt: "imageAlt" }}
            label="Logo or photo"
            altLabel="Describe the image"
            altHint="For people who cannot see it: what does it show? For example: “The hub's courtyard, with people working at long tables.”"
          />
        </FormSection>
      </div>
  );
}
