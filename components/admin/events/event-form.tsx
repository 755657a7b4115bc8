"use client";
// The staff event form, for a new event and for changes: every field with its error beside
// it and what was typed kept when the form comes back.
import { useActionState } from "react";
import { FormGroup } from "@/components/admin/form-parts";
import { ChoiceGroup, SelectField } from "@/components/ui/choice-fields";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { useFormatter, useTranslations } from "next-intl";
import { ImageField } from "@/components/ui/image-field";
import { DEFAULT_LOCALE } from "@/i18n/languages";
import { countryOptions } from "@/lib/countries";
import { EVENT_KINDS, EVENT_TIME_ZONES, MAX_PROGRAMME_CHARS, PARTICIPATIONS } from "@/lib/events/fields";
import type { FormState } from "@/lib/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const TIME_ZONES = EVENT_TIME_ZONES.map((z) => ({ value: z, label: z.replace(/^[^/]+\//, "").replace(/_/g, " ") + ` (${z})` })).sort((a, b) => a.label.localeCompare(b.label));
const PRECISIONS = [
  { value: "day", label: "The days are known" },
  { value: "month", label: "Only the month is known: dates to be confirmed" },
];

export function EventForm({ action, initial, eventId, submitLabel }: { action: Action; initial: FormState; eventId?: string; submitLabel: string }) {
  const [state, formAction] = useActionState(action, initial);
  const t = useTranslations("staff.events.form");
  const kinds = useTranslations("events.kinds");
  const format = useFormatter();
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: format.dateTime(new Date(Date.UTC(2000, i, 1)), { month: "long", timeZone: "UTC" }) }));
  const participations = PARTICIPATIONS.map((value) => ({ value, label: t(`participation.${value}`) }));
  return (
    <form action={formAction} noValidate className="space-y-8">
      <FormMessage state={state} />
      {eventId ? <input type="hidden" name="eventId" value={eventId} /> : null}
      {/* Remounted with each answer: React resets a form after its action, and selects and
          radios take their kept values only as they mount. */}
      <div key={JSON.stringify(state.values ?? {})} className="space-y-8">
        <FormGroup legend="About the event">
          <SelectField name="kind" label="Kind of event" options={EVENT_KINDS.map((k) => ({ value: k, label: kinds(k) }))} state={state} required placeholder="Choose…" />
          <Field name="title" label="Title" state={state} required maxLength={160} hint="The event's address on the site follows the title until the event is first published, then stays." />
          <Field name="theme" label="Theme" state={state} maxLength={160} />
          <Field name="summary" label="Summary" state={state} required multiline maxLength={400} hint="Two or three sentences, shown on the event's card (20 to 400 characters)." />
          <Field name="programme" label="Programme" state={state} multiline maxLength={MAX_PROGRAMME_CHARS} hint="Markdown: ## for a heading, - for a list item. Up to 20,000 characters." />
        </FormGroup>

        <FormGroup legend="When">
          <ChoiceGroup name="datePrecision" legend="Dates" type="radio" options={PRECISIONS} state={state} required />
          <div className="grid gap-5 sm:grid-cols-2">
            <Field name="startsOn" label="First day" type="date" state={state} hint="When the days are known." />
            <Field name="endsOn" label="Last day" type="date" state={state} hint="Leave empty for a one-day event." />
          </div>
          <div className="grid gap-5 sm:grid-cols-2">
            <SelectField name="month" label="Month" options={months} state={state} placeholder="Choose…" hint="When only the month is known." />
            <Field name="year" label="Year" type="number" state={state} hint="When only the month is known." />
          </div>
          <div className="grid gap-5 sm:grid-cols-2">
            <Field name="startTime" label="Start time on the first day" type="time" state={state} hint="24-hour clock, like 09:30. Leave empty for an all-day event." />
            <Field name="endTime" label="End time on the last day" type="time" state={state} hint="Like 17:00." />
          </div>
          <SelectField name="timeZone" label="Time zone" options={TIME_ZONES} state={state} required placeholder="Choose…" hint="Where the event takes place: dates, times and the application window are in this zone." />
        </FormGroup>

        <FormGroup legend="Where">
          <div className="grid gap-5 sm:grid-cols-2">
            <Field name="city" label="Town or city" state={state} required maxLength={100} />
            <SelectField name="countryCode" label="Country" options={countryOptions(DEFAULT_LOCALE)} state={state} required placeholder="Choose…" />
          </div>
          <Field name="venueName" label="Venue" state={state} maxLength={160} hint="Leave empty while the venue is to be confirmed." />
          <Field name="venueAddress" label="Venue's address" state={state} maxLength={300} />
          <div className="grid gap-5 sm:grid-cols-2">
            <Field name="latitude" label="Latitude" state={state} hint="For the map, like 40.3910." />
            <Field name="longitude" label="Longitude" state={state} hint="Like -3.6980." />
          </div>
          <Field name="hostHub" label="Host hub" state={state} maxLength={300} hint="A published hub's name as it is listed, or the address of its page." />
        </FormGroup>

        <FormGroup legend="Taking part">
          <ChoiceGroup name="participation" legend="How people take part" type="radio" options={participations} state={state} required />
          <Field name="capacity" label="Seats" type="number" state={state} hint="Accepted and registered people together. Leave empty if the seats are not limited (open registration needs a number)." />
          <div className="grid gap-5 sm:grid-cols-2">
            <Field name="applicationsOpenOn" label="Applications open on" type="date" state={state} hint="Leave empty to open as soon as the event is published." />
            <Field name="applicationsCloseOn" label="Applications close on" type="date" state={state} hint="The last day to apply, before the event starts. Leave empty for the day before." />
          </div>
        </FormGroup>

        <FormGroup legend="People and picture">
          <Field name="curators" label="Steering group or curators" state={state} multiline hint="One name per line." />
          <ImageField
            state={state}
            names={{ file: "coverImage", key: "coverImageKey", remove: "removeCover", alt: "coverImageAlt" }}
            label="Cover image"
            replaceLabel="Another cover image"
            altLabel="Describe the cover image"
            altHint="Needed with an image, for people who cannot see it: what does it show?"
          />
        </FormGroup>
      </div>

      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
