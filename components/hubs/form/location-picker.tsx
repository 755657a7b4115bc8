"use client";
// "Where it is": the town (with the gazetteer), the country, and the pin — on the map, or
// typed as coordinates. All four stay in step, whichever one the person uses.
import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useRef, useState } from "react";
import { valueOf, type FormState } from "@/lib/form-state";
import { countryOptions } from "@/lib/countries";
import { parseDecimal } from "@/lib/decimal";
import type { Focus } from "@/components/hubs/form/location-map";
import type { Point } from "@/lib/geo";
import { FieldError } from "@/components/ui/choice-fields";
import { PlaceCombobox, type PlaceOption } from "@/components/hubs/form/place-combobox";

function MapLoading() {
  const t = useTranslations("hubForms.location");
  return <div className="flex h-80 items-center justify-center rounded-md border border-stone-400 bg-stone-100 text-stone-700">{t("loadingMap")}</div>;
}

const LocationMap = dynamic(() => import("@/components/hubs/form/location-map"), { ssr: false, loading: () => <MapLoading /> });

const round = (n: number) => String(Math.round(n * 100000) / 100000);

export function LocationPicker({ state }: { state: FormState }) {
  const t = useTranslations("hubForms.location");
  const locale = useLocale();
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const id = useId();
  const [city, setCity] = useState(valueOf(state, "city") ?? "");
  // Uncontrolled, set by hand when a place is picked: React's reset of the form after each
  // answer would put a controlled select back on its first option.
  const country = useRef<HTMLSelectElement>(null);
  const [latitude, setLatitude] = useState(valueOf(state, "latitude") ?? "");
  const [longitude, setLongitude] = useState(valueOf(state, "longitude") ?? "");
  const [focus, setFocus] = useState<Focus | null>(null);

  const lat = parseDecimal(latitude);
  const lng = parseDecimal(longitude);
  const point: Point | null = lat !== null && lng !== null ? { latitude: lat, longitude: lng } : null;

  const place = (p: Point) => {
    setLatitude(round(p.latitude));
    setLongitude(round(p.longitude));
  };
  const pick = (p: PlaceOption) => {
    if (country.current) country.current.value = p.countryCode;
    place(p);
    setFocus({ latitude: p.latitude, longitude: p.longitude, zoom: 12 });
  };
  const typed = (lat: string, lng: string) => {
    const a = parseDecimal(lat);
    const b = parseDecimal(lng);
    if (a !== null && b !== null) setFocus({ latitude: a, longitude: b, zoom: null });
  };

  const errors = state.fieldErrors ?? {};
  const coordinateField = (name: "latitude" | "longitude", label: string, value: string, set: (v: string) => void) => {
    const fieldId = `${name}${id}`;
    const fieldErrors = errors[name];
    return (
      <div>
        <label htmlFor={fieldId} className="block font-medium text-stone-900">
          {label}
        </label>
        <input
          id={fieldId}
          name={name}
          type="number"
          step="any"
          inputMode="decimal"
          required
          value={value}
          onChange={(e) => {
            set(e.target.value);
            typed(name === "latitude" ? e.target.value : latitude, name === "longitude" ? e.target.value : longitude);
          }}
          aria-invalid={fieldErrors?.length ? true : undefined}
          aria-describedby={[`coords${id}-hint`, fieldErrors?.length ? `${fieldId}-error` : ""].filter(Boolean).join(" ")}
          className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base text-stone-900 ${fieldErrors?.length ? "border-red-700" : "border-stone-400"}`}
        />
        <FieldError id={`${fieldId}-error`} errors={fieldErrors} />
      </div>
    );
  };

  return (
    <div className="space-y-6">
      <PlaceCombobox name="city" label={t("city")} value={city} onChange={setCity} onPick={pick} errors={errors.city} />
      <div>
        <label htmlFor={`countryCode${id}`} className="block font-medium text-stone-900">
          {t("country")}
        </label>
        <select
          id={`countryCode${id}`}
          name="countryCode"
          required
          ref={country}
          defaultValue={valueOf(state, "countryCode") ?? ""}
          aria-invalid={errors.countryCode?.length ? true : undefined}
          aria-describedby={errors.countryCode?.length ? `countryCode${id}-error` : undefined}
          className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base text-stone-900 ${errors.countryCode?.length ? "border-red-700" : "border-stone-400"}`}
        >
          <option value="" disabled>
            {t("chooseCountry")}
          </option>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        <FieldError id={`countryCode${id}-error`} errors={errors.countryCode} />
      </div>

      <div>
        <p id={`map${id}-hint`} className="font-medium text-stone-900">
          {t("pin")}
        </p>
        <p className="mt-1 text-sm text-stone-600">{t("pinHint")}</p>
        <div className="mt-2" role="group" aria-labelledby={`map${id}-hint`}>
          <LocationMap point={point} focus={focus} onPlace={place} />
        </div>
      </div>

      <div>
        <p id={`coords${id}-hint`} className="text-sm text-stone-600">
          {t("coordinatesHint")}
        </p>
        <div className="mt-2 grid gap-6 sm:grid-cols-2">
          {coordinateField("latitude", t("latitude"), latitude, setLatitude)}
          {coordinateField("longitude", t("longitude"), longitude, setLongitude)}
        </div>
      </div>
    </div>
  );
}
