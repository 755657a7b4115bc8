import { useLocale, useTranslations } from "next-intl";
import { ResourceGrid } from "@/components/tools/resource-card";
import { durationText, fileSizeText, isoDuration, languageList } from "@/components/tools/words";
import { Markdown } from "@/components/ui/markdown";
import { Link } from "@/i18n/navigation";
import type { ResourceCard, PublishedResource } from "@/lib/resources/queries";
import { isAudience, isTopic, LICENCE_URLS } from "@/lib/resources/taxonomy";
import { siteUrl } from "@/lib/site";

/** Where a resource's file is downloaded: the same address in every language. */
export const downloadPath = (slug: string) => `/tools/${slug}/download`;

/** Only web addresses become links: staff type them, and a link must never run script. */
function webAddress(url: string | null): URL | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** schema.org LearningResource for search engines: a data block browsers never run (no CSP nonce needed). */
export function ResourceJsonLd({ resource }: { resource: PublishedResource }) {
  const t = useTranslations("tools");
  const url = siteUrl(`/tools/${resource.slug}`);
  const topics = resource.topics.filter(isTopic);
  const licence = resource.licence ? LICENCE_URLS[resource.licence] : null;
  const data = {
    "@context": "https://schema.org",
    "@type": "LearningResource",
    "@id": url,
    url,
    name: resource.title,
    ...(resource.summary ? { description: resource.summary } : {}),
    learningResourceType: resource.type.replace(/_/g, " "),
    ...(resource.level ? { educationalLevel: resource.level } : {}),
    ...(resource.durationMinutes ? { timeRequired: isoDuration(resource.durationMinutes) } : {}),
    ...(resource.audience.length
      ? { audience: resource.audience.filter(isAudience).map((a) => ({ "@type": "EducationalAudience", educationalRole: a.replace(/_/g, " ") })) }
      : {}),
    ...(resource.languages.length ? { inLanguage: resource.languages.length === 1 ? resource.languages[0] : resource.languages } : {}),
    ...(licence ? { license: licence } : {}),
    // Whether the author is a person or an organisation, the source does not always say: the name as given.
    ...(resource.author ? { author: resource.author } : {}),
    ...(resource.year ? { datePublished: String(resource.year) } : {}),
    ...(topics.length
      ? {
          about: topics.map((code) => ({ "@type": "DefinedTerm", termCode: code, name: t(`topics.${code}`) })),
          teaches: topics.map((code) => t(`topics.${code}`)),
        }
      : {}),
    ...(resource.fileKey
      ? { associatedMedia: { "@type": "MediaObject", contentUrl: siteUrl(downloadPath(resource.slug)), ...(resource.fileType ? { encodingFormat: resource.fileType } : {}), ...(resource.fileBytes ? { contentSize: `${resource.fileBytes} B` } : {}) } }
      : {}),
  };
  // "<" escaped, so that no text typed into the resource can close the script element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}

/** Its related resources by kind, both ways: "Translation of", "Translations", "Adapted from", "Adaptations". */
function relationGroups(resource: PublishedResource) {
  const groups = [
    { key: "translationOf", items: resource.relations.filter((r) => r.kind === "translation_of").map((r) => r.to) },
    { key: "translations", items: resource.relatedFrom.filter((r) => r.kind === "translation_of").map((r) => r.from) },
    { key: "adaptedFrom", items: resource.relations.filter((r) => r.kind === "adapted_from").map((r) => r.to) },
    { key: "adaptations", items: resource.relatedFrom.filter((r) => r.kind === "adapted_from").map((r) => r.from) },
  ] as const;
  return groups.filter((g) => g.items.length);
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-stone-200 py-3 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold text-stone-900">{label}</dt>
      <dd className="mt-1 text-stone-800 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

/** The file to download and the link to where it lives, as buttons. */
function ResourceActions({ resource }: { resource: PublishedResource }) {
  const t = useTranslations("tools");
  const locale = useLocale();
  const url = webAddress(resource.url);
  if (!resource.fileKey && !url) return null;
  const fileFacts = [
    resource.fileName,
    resource.format ? t(`formats.${resource.format}`) : resource.fileType,
    resource.fileBytes ? fileSizeText(resource.fileBytes, locale) : null,
  ].filter(Boolean);
  const button = "inline-block rounded-md px-5 py-3 font-semibold no-underline";
  return (
    <div className="mt-8 flex flex-wrap items-start gap-6">
      {resource.fileKey ? (
        <div>
          {/* A plain link: a download is not a page to prefetch. */}
          <a href={downloadPath(resource.slug)} aria-describedby={fileFacts.length ? "resource-file" : undefined} className={`${button} bg-brand-700 text-white hover:bg-brand-800`}>
            {t("resource.download")}
          </a>
          {fileFacts.length ? (
            <p id="resource-file" className="mt-2 text-sm text-stone-700 [overflow-wrap:anywhere]">
              {fileFacts.join(" · ")}
            </p>
          ) : null}
        </div>
      ) : null}
      {url ? (
        <div>
          <a href={url.href} rel="external noopener noreferrer" aria-describedby="resource-site" className={`${button} border border-brand-700 bg-white text-brand-800 hover:bg-brand-50`}>
            {t("resource.open")}
          </a>
          <p id="resource-site" className="mt-2 text-sm text-stone-700">
            {t("resource.openAt", { site: url.hostname })}
          </p>
        </div>
      ) : null}
    </div>
  );
}

/** A resource as visitors see it: what it is, for whom, in which languages and under which licence, then its description and what to read next. */
export function ResourceView({ resource, related }: { resource: PublishedResource; related: ResourceCard[] }) {
  const t = useTranslations("tools");
  const locale = useLocale();
  const notStated = <span className="text-stone-600">{t("resource.notStated")}</span>;
  const names = (items: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
  const lang = resource.languages.length === 1 ? resource.languages[0] : undefined;
  const topics = resource.topics.filter(isTopic);
  const audience = resource.audience.filter(isAudience);
  const licenceUrl = resource.licence ? LICENCE_URLS[resource.licence] : null;
  return (
    <article>
      <p className="mb-4">
        <Link href="/tools">← {t("resource.back")}</Link>
      </p>
      <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{t(`types.${resource.type}`)}</p>
      <div lang={lang}>
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-stone-950 sm:text-4xl">{resource.title}</h1>
        {resource.summary ? <p className="mt-4 text-lg text-stone-700">{resource.summary}</p> : null}
      </div>
      <ResourceActions resource={resource} />
      <section aria-labelledby="resource-details" className="mt-10">
        <h2 id="resource-details" className="text-2xl font-bold tracking-tight text-stone-950">
          {t("resource.details")}
        </h2>
        <dl className="mt-4 border-b border-stone-200">
          <Detail label={t("resource.type")}>{t(`types.${resource.type}`)}</Detail>
          <Detail label={t("resource.topics")}>{topics.length ? names(topics.map((c) => t(`topics.${c}`))) : notStated}</Detail>
          <Detail label={t("resource.audience")}>{audience.length ? names(audience.map((c) => t(`audiences.${c}`))) : notStated}</Detail>
          <Detail label={t("resource.level")}>{resource.level ? t(`levels.${resource.level}`) : notStated}</Detail>
          <Detail label={t("resource.languages")}>{resource.languages.length ? languageList(resource.languages, locale) : notStated}</Detail>
          <Detail label={t("resource.licence")}>
            {!resource.licence ? notStated : licenceUrl ? <a href={licenceUrl} rel="license">{t(`licences.${resource.licence}`)}</a> : t(`licences.${resource.licence}`)}
          </Detail>
          <Detail label={t("resource.format")}>{resource.format ? t(`formats.${resource.format}`) : notStated}</Detail>
          {resource.durationMinutes ? <Detail label={t("resource.duration")}>{durationText(resource.durationMinutes, locale)}</Detail> : null}
          <Detail label={t("resource.author")}>{resource.author ? resource.author : notStated}</Detail>
          <Detail label={t("resource.year")}>{resource.year ? String(resource.year) : notStated}</Detail>
          {relationGroups(resource).map((group) => (
            <Detail key={group.key} label={t(`relations.${group.key}`)}>
              <ul>
                {group.items.map((item) => (
                  <li key={item.slug}>
                    <Link href={`/tools/${item.slug}`} lang={item.languages.length === 1 ? item.languages[0] : undefined}>
                      {item.title}
                    </Link>
                    {item.languages.length ? ` (${languageList(item.languages, locale)})` : null}
                  </li>
                ))}
              </ul>
            </Detail>
          ))}
        </dl>
      </section>
      {resource.description.trim() ? (
        <section aria-labelledby="resource-description" className="mt-10">
          <h2 id="resource-description" className="text-2xl font-bold tracking-tight text-stone-950">
            {t("resource.description")}
          </h2>
          <div className="mt-4" lang={lang}>
            <Markdown text={resource.description} top={3} />
          </div>
        </section>
      ) : null}
      {related.length ? (
        <section aria-labelledby="resource-related" className="mt-12">
          <h2 id="resource-related" className="text-2xl font-bold tracking-tight text-stone-950">
            {t("resource.related")}
          </h2>
          <div className="mt-4">
            <ResourceGrid resources={related} as="h3" narrow />
          </div>
        </section>
      ) : null}
    </article>
  );
}
