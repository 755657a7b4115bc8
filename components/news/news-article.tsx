import { useLocale, useTranslations } from "next-intl";
import { NewsGrid, PublishedOn } from "@/components/news/news-card";
import { Markdown } from "@/components/ui/markdown";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/countries";
import { eventDates } from "@/lib/events/format";
import type { NewsCard, PublishedArticle } from "@/lib/news/queries";
import { readingMinutes } from "@/lib/news/schema";
import { SITE_NAME, siteUrl } from "@/lib/site";
import { mediaUrl } from "@/lib/storage/urls";
import { writtenIn } from "@/lib/language-names";

type Article = Omit<PublishedArticle, "updatedAt" | "contributor"> & { contributor?: { name: string } | null };

/** schema.org NewsArticle for search engines: a data block browsers never run (no CSP nonce needed). */
export function NewsArticleJsonLd({ article }: { article: PublishedArticle }) {
  const url = siteUrl(`/news/${article.slug}`);
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": url,
    url,
    mainEntityOfPage: url,
    headline: article.title,
    ...(article.standfirst ? { description: article.standfirst } : {}),
    ...(article.coverKey ? { image: [siteUrl(mediaUrl(article.coverKey))] } : {}),
    ...(article.publishedAt && article.publishedPrecision === "day" ? { datePublished: article.publishedAt.toISOString() } : {}),
    dateModified: (article.revisedAt ?? (article.publishedPrecision === "day" ? article.publishedAt : null) ?? article.updatedAt).toISOString(),
    inLanguage: article.language,
    ...(article.tags.length ? { keywords: article.tags.join(", ") } : {}),
    author: article.contributor || article.bylines.length
      ? [...(article.contributor ? [article.contributor.name] : []), ...article.bylines.map((b) => b.name)].map((name) => ({ "@type": "Person", name }))
      : [{ "@type": "Organization", name: SITE_NAME, url: siteUrl("/") }],
    publisher: { "@type": "Organization", name: SITE_NAME, url: siteUrl("/") },
  };
  // "<" escaped, so that no text typed into the article can close the script element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}

/** The hubs and the events the article is about, with their places. */
function ArticleLinks({ article, Heading, prefix }: { article: Article; Heading: "h2" | "h3"; prefix: string }) {
  const t = useTranslations("news.article");
  const tAll = useTranslations();
  const locale = useLocale();
  return (
    <>
      {article.hubs.length ? (
        <section aria-labelledby={`${prefix}hubs`} className="mt-12">
          <Heading id={`${prefix}hubs`} className="text-2xl font-bold tracking-tight text-stone-950">
            {t("hubs")}
          </Heading>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {article.hubs.map(({ hub }) => (
              <li key={hub.id} className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
                <p className="text-xl font-semibold">
                  <Link href={`/hubs/${hub.slug}`}>{hub.name}</Link>
                </p>
                <p className="mt-1 text-stone-700">{`${hub.city}, ${countryName(hub.countryCode, locale)}`}</p>
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <Link href="/map">{t("hubsOnMap")}</Link>
          </p>
        </section>
      ) : null}
      {article.events.length ? (
        <section aria-labelledby={`${prefix}events`} className="mt-12">
          <Heading id={`${prefix}events`} className="text-2xl font-bold tracking-tight text-stone-950">
            {t("events")}
          </Heading>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {article.events.map(({ event }) => {
              const dates = eventDates(event);
              return (
                <li key={event.id} className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
                  <p className="text-xl font-semibold">
                    <Link href={`/events/${event.slug}`}>{event.title}</Link>
                  </p>
                  <p className="mt-1 text-stone-700">{`${tAll(dates.key, dates.values as never)} · ${event.city}, ${countryName(event.countryCode, locale)}`}</p>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/**
 * A news article or a story as readers see it: its own words carry its language (lang), the
 * page's words the reader's. `preview`: inside a staff page, under its headings (the title an h2).
 */
export function NewsArticleView({ article, related = [], preview = false }: { article: Article; related?: NewsCard[]; preview?: boolean }) {
  const t = useTranslations("news");
  const locale = useLocale();
  const Title = preview ? "h2" : "h1";
  const Heading = preview ? "h3" : "h2";
  const prefix = preview ? "preview-" : "";
  // The member who wrote it is credited first, whatever staff added.
  const names = [...new Set([...(article.contributor ? [article.contributor.name] : []), ...article.bylines.map((b) => b.name)])];
  return (
    <article className="max-w-3xl">
      {preview ? null : (
        <p className="mb-4">
          <Link href="/news">← {t("article.back")}</Link>
        </p>
      )}
      <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{t(`kinds.${article.kind}`)}</p>
      <div lang={article.language}>
        <Title className="mt-1 text-3xl font-bold tracking-tight text-stone-950 sm:text-4xl">{article.title}</Title>
        {article.standfirst.trim() ? <p className="mt-4 text-lg text-stone-700">{article.standfirst}</p> : null}
      </div>
      <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
        {names.length ? <span>{t("article.by", { names: new Intl.ListFormat(locale, { type: "conjunction" }).format(names) })}</span> : null}
        <PublishedOn article={article} />
        {article.revisedAt ? <time dateTime={article.revisedAt.toISOString()}>{t("article.updated", { date: article.revisedAt })}</time> : null}
        <span>{t("article.readingTime", { minutes: readingMinutes(article.body) })}</span>
        {article.language !== locale ? <span>{t("article.writtenIn", { language: writtenIn(article.language, locale) })}</span> : null}
      </p>
      {article.fromArchive ? <p className="mt-4 rounded-md border border-stone-300 bg-stone-100 px-4 py-3 text-stone-900">{t("article.fromArchive")}</p> : null}
      {article.coverKey ? (
        <figure className="mt-8" lang={article.language}>
          {/* Already resized when it was uploaded; nothing for the image optimiser to do. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={mediaUrl(article.coverKey)} alt={article.coverAlt ?? ""} className="max-h-[32rem] w-full rounded-lg object-cover" />
          {article.coverCaption || article.coverCredit ? (
            <figcaption className="mt-2 text-sm text-stone-700">
              {article.coverCaption}
              {article.coverCaption && article.coverCredit ? " " : null}
              {article.coverCredit ? <span className="text-stone-600">{article.coverCredit}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      <div className="mt-8" lang={article.language}>
        <Markdown text={article.body} top={preview ? 3 : 2} />
      </div>
      {article.tags.length ? (
        <section aria-labelledby={`${prefix}tags`} className="mt-10">
          <Heading id={`${prefix}tags`} className="text-lg font-semibold text-stone-950">
            {t("article.tags")}
          </Heading>
          <ul className="mt-2 flex flex-wrap gap-2">
            {article.tags.map((tag) => (
              <li key={tag}>
                <Link href={`/news/tags/${tag}`} className="inline-block rounded-full border border-stone-300 bg-white px-3 py-1">
                  #{tag}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ArticleLinks article={article} Heading={Heading} prefix={prefix} />
      {related.length ? (
        <section aria-labelledby="related" className="mt-12">
          <h2 id="related" className="text-2xl font-bold tracking-tight text-stone-950">
            {t("article.related")}
          </h2>
          <div className="mt-4">
            <NewsGrid articles={related} as="h3" narrow />
          </div>
        </section>
      ) : null}
    </article>
  );
}
