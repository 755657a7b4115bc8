"use client";
// The "town or city" field: a combobox (WAI-ARIA 1.2 pattern, list autocomplete) over the
// offline gazetteer at /api/places. Typing is always allowed; picking a suggestion also
// fills the country and the pin.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { FieldErrors } from "@/components/ui/form";
import { countryName } from "@/lib/countries";
import type { FormMessageText } from "@/lib/form-state";

/** A place of /api/places: its name as the gazetteer has it, its country by code (named here, in the page's language). */
export type PlaceOption = { name: string; countryCode: string; latitude: number; longitude: number };

type Props = {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onPick: (place: PlaceOption) => void;
  errors?: FormMessageText[];
};

export function PlaceCombobox({ name, label, value, onChange, onPick, errors }: Props) {
  const t = useTranslations("hubForms.location");
  const locale = useLocale();
  const id = `${name}${useId()}`;
  const listId = `${id}-list`;
  const [options, setOptions] = useState<PlaceOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [query, setQuery] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // Asks the gazetteer once typing pauses; a newer query cancels the older one.
  useEffect(() => {
    if (query === null || query.trim().length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/places?q=${encodeURIComponent(query)}`, { signal: controller.signal })
        .then((r) => (r.ok ? (r.json() as Promise<PlaceOption[]>) : []))
        .then((found) => {
          setOptions(found);
          setActive(-1);
          // An answer that arrives after the person moved on does not open the list over other fields.
          setOpen(found.length > 0 && document.activeElement === input.current);
        })
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const choose = (place: PlaceOption) => {
    onChange(place.name);
    onPick(place);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && options.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % options.length);
    } else if (e.key === "ArrowUp" && options.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (e.key === "Enter" && open && active >= 0) {
      // Picks the place instead of submitting the form.
      e.preventDefault();
      choose(options[active]!);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const hintId = `${id}-hint`;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const expanded = open && options.length > 0;
  return (
    <div className="relative">
      <label htmlFor={id} className="block font-medium text-stone-900">
        {label}
      </label>
      <p id={hintId} className="mt-1 text-sm text-stone-600">
        {t("cityHint")}
      </p>
      <input
        ref={input}
        id={id}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        required
        maxLength={100}
        value={value}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
        onChange={(e) => {
          onChange(e.target.value);
          setQuery(e.target.value);
          if (e.target.value.trim().length < 2) setOpen(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base text-stone-900 ${errors?.length ? "border-red-700" : "border-stone-400"}`}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("placesMatching", { query: value })}
        hidden={!expanded}
        className="absolute z-[1000] mt-1 max-h-72 w-full overflow-auto rounded-md border border-stone-400 bg-white py-1 shadow-lg"
      >
        {options.map((place, i) => (
          <li
            key={`${place.name}-${place.countryCode}-${place.latitude}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: keeps the focus in the field, so blur does not close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(place);
            }}
            onMouseMove={() => setActive(i)}
            className={`cursor-pointer px-3 py-2 ${i === active ? "bg-brand-700 text-white" : "text-stone-900"}`}
          >
            {place.name}
            <span className={i === active ? "text-brand-50" : "text-stone-600"}>, {countryName(place.countryCode, locale)}</span>
          </li>
        ))}
      </ul>
      <p role="status" className="sr-only">
        {expanded ? t("placesFound", { count: options.length }) : ""}
      </p>
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          <FieldErrors errors={errors} />
        </p>
      ) : null}
    </div>
  );
}
