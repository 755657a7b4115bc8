"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useTransition } from "react";
import { localePath } from "@/i18n/languages";
import { Link, useRouter } from "@/i18n/navigation";
import type { FilterSelect } from "@/lib/hubs/map-data";
import type { HubFilters } from "@/lib/hubs/schema";

const field = "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900";

/**
 * The map's filters as a GET form: the filters live in the address, so a filtered map can be
 * shared. Without JavaScript the browser submits it; with it, the page updates in place.
 * `action` is the address as English has it ("/map"): the form stays in the page's language.
 */
export function HubFilterForm({ action, filters, selects }: { action: string; filters: HubFilters; selects: FilterSelect[] }) {
  const t = useTranslations("map.filters");
  const locale = useLocale();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();

  // Back, forward and "Clear filters" change the address: show the filters it holds.
  const current = JSON.stringify(filters);
  useEffect(() => {
    const values = JSON.parse(current) as Record<string, string | undefined>;
    for (const el of Array.from(form.current?.elements ?? [])) {
      if (el instanceof HTMLInputElement && el.type === "checkbox") el.checked = values[el.name] === "1";
      else if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) el.value = values[el.name] ?? "";
    }
  }, [current]);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Only the filters that are set, so that the address stays short enough to share.
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) if (typeof value === "string" && value.trim()) params.set(key, value.trim());
    const query = params.toString();
    startTransition(() => router.push(query ? `${action}?${query}` : action, { scroll: false }));
  }

  const filtered = Object.values(filters).some(Boolean);
  return (
    <form ref={form} method="get" action={localePath(locale, action)} onSubmit={submit} role="search" aria-label={t("label")} className="@container rounded-lg border border-stone-200 bg-white p-4">
      {/* Laid out by its own width: in a column beside the map, or across a phone. */}
      <div className="grid gap-3 @sm:grid-cols-2">
        <div className="@sm:col-span-2">
          <label htmlFor="hub-q" className="block font-medium text-stone-900">
            {t("search")}
          </label>
          <input id="hub-q" name="q" type="search" maxLength={100} defaultValue={filters.q ?? ""} aria-describedby="hub-q-hint" className={field} />
          <p id="hub-q-hint" className="mt-1 text-sm text-stone-600">
            {t("searchHint")}
          </p>
        </div>
        {selects.map((s) => (
          <div key={s.name}>
            <label htmlFor={`hub-${s.name}`} className="block font-medium text-stone-900">
              {t(s.name)}
            </label>
            <select id={`hub-${s.name}`} name={s.name} defaultValue={filters[s.name] ?? ""} className={field}>
              <option value="">{t(`any.${s.name}`)}</option>
              {s.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="flex flex-col gap-2 @sm:col-span-2">
          <label className="flex items-start gap-2">
            <input type="checkbox" name="open" value="1" defaultChecked={filters.open === "1"} className="mt-1 size-4 shrink-0" />
            <span>{t("open")}</span>
          </label>
          <label className="flex items-start gap-2">
            <input type="checkbox" name="stale" value="1" defaultChecked={filters.stale === "1"} className="mt-1 size-4 shrink-0" />
            <span>{t("stale")}</span>
          </label>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        {/* Not disabled while the page updates: a disabled button would drop the keyboard focus. */}
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
          {pending ? t("pending") : t("submit")}
        </button>
        {filtered ? <Link href={action}>{t("clear")}</Link> : null}
      </div>
    </form>
  );
}
