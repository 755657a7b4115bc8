import { useLocale, useTranslations } from "next-intl";
import { languageList } from "@/components/tools/words";
import { Link } from "@/i18n/navigation";
import type { ResourceCard as Card } from "@/lib/resources/queries";

/**
 * A resource in a list: its type, title, summary, and a line of level, languages and year. Kept
 * small (no image, one link): a filtered list renders per request, and its size is its cost.
 * The title and summary carry the resource's language when it has only one.
 */
export function ResourceCard({ resource, as: Heading = "h3" }: { resource: Card; as?: "h2" | "h3" }) {
  const t = useTranslations("tools");
  const locale = useLocale();
  const lang = resource.languages.length === 1 ? resource.languages[0] : undefined;
  const facts = [
    ...(resource.level ? [t(`levels.${resource.level}`)] : []),
    ...(resource.languages.length ? [languageList(resource.languages, locale)] : []),
    ...(resource.year ? [String(resource.year)] : []),
  ];
  return (
    <article className="h-full rounded-lg border border-stone-200 bg-white p-5">
      <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{t(`types.${resource.type}`)}</p>
      <Heading className="mt-1 text-xl font-bold text-stone-950" lang={lang}>
        <Link href={`/tools/${resource.slug}`}>{resource.title}</Link>
      </Heading>
      {resource.summary ? (
        <p className="mt-2 text-stone-700" lang={lang}>
          {resource.summary}
        </p>
      ) : null}
      {facts.length ? <p className="mt-3 text-sm text-stone-700">{facts.join(" · ")}</p> : null}
    </article>
  );
}

/** Resources in a grid, as a list. */
export function ResourceGrid({ resources, as, narrow = false }: { resources: Card[]; as?: "h2" | "h3"; narrow?: boolean }) {
  return (
    <ul className={`grid gap-6 sm:grid-cols-2 ${narrow ? "" : "lg:grid-cols-3"}`}>
      {resources.map((r) => (
        <li key={r.id}>
          <ResourceCard resource={r} as={as} />
        </li>
      ))}
    </ul>
  );
}
