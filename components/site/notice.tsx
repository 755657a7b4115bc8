import { useTranslations } from "next-intl";

/** A confirmation of what was just done, announced politely by screen readers. `className` places it (a top margin). */
export function Confirmation({ children, className = "mt-4" }: { children: React.ReactNode; className?: string }) {
  return <p role="status" className={`${className} rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900`}>{children}</p>;
}

/** A one-line confirmation at the top of a page that has no container of its own. */
export function Notice({ children }: { children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-4">
      <Confirmation className="">{children}</Confirmation>
    </div>
  );
}

/** Filters in the address that were left out of the view, one sentence each (see IgnoredHubFilters, IgnoredEventFilters). */
export function IgnoredFiltersNotice({ sentences, className = "mt-6" }: { sentences: string[]; className?: string }) {
  const t = useTranslations("common");
  if (sentences.length === 0) return null;
  return (
    <div className={`${className} rounded-md border border-amber-600 bg-amber-50 px-4 py-3 text-stone-900`}>
      <p className="font-semibold">{t("ignoredFilters")}</p>
      <ul className="mt-1 list-disc pl-5">
        {sentences.map((sentence) => (
          <li key={sentence} className="[overflow-wrap:anywhere]">
            {sentence}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A value from the address as the notice quotes it: short enough to read. */
export const quoted = (value: string) => `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
