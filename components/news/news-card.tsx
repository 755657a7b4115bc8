import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { writtenIn } from "@/lib/language-names";
import type { NewsCard as Card } from "@/lib/news/queries";
import { articlePath } from "@/lib/news/schema";
import { mediaUrl } from "@/lib/storage/urls";

/** A language's name in the reader's: "Portuguese" on an English page. */

/** When it was published: the day, or only the year when the source gives no day. */
export function PublishedOn({ article }: { article: { publishedAt: Date | null; publishedPrecision: string } }) {
  const t = useTranslations("news.article");
  if (!article.publishedAt) return null;
  if (article.publishedPrecision !== "day") return <span>{t("publishedYear", { year: String(article.publishedAt.getUTCFullYear()) })}</span>;
  return <time dateTime={article.publishedAt.toISOString()}>{t("published", { date: article.publishedAt })}</time>;
}

/** An article in a list: its cover, kind, title (in its own language), standfirst and date; the language marked when it is not the page's. */
export function NewsCard({ article, as: Heading = "h3", cover = true }: { article: Card; as?: "h2" | "h3"; cover?: boolean }) {
  const t = useTranslations("news");
  const locale = useLocale();
  return (
    <article className="flex h-full flex-col overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm">
      {cover && article.coverKey ? (
        // Already resized when it was uploaded; described by its alt text.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={mediaUrl(article.coverKey)} alt={article.coverAlt ?? ""} loading="lazy" className="aspect-[16/9] w-full object-cover" />
      ) : null}
      <div className="flex flex-1 flex-col p-5">
        <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{t(`kinds.${article.kind}`)}</p>
        <Heading className="mt-1 text-xl font-bold text-stone-950" lang={article.language}>
          <Link href={articlePath(article)}>{article.title}</Link>
        </Heading>
        {article.standfirst ? (
          <p className="mt-2 text-stone-700" lang={article.language}>
            {article.standfirst}
          </p>
        ) : null}
        <p className="mt-auto pt-4 text-sm text-stone-700">
          <PublishedOn article={article} />
          {article.language !== locale ? <span className="ml-3 rounded bg-stone-100 px-1.5 py-0.5">{t("card.writtenIn", { language: writtenIn(article.language, locale) })}</span> : null}
          {article.fromArchive ? <span className="mt-1 block">{t("card.archive")}</span> : null}
        </p>
      </div>
    </article>
  );
}

/** Articles in a grid, as a list. */
export function NewsGrid({ articles, as, narrow = false, covers = true }: { articles: Card[]; as?: "h2" | "h3"; narrow?: boolean; covers?: boolean }) {
  return (
    <ul className={`grid gap-6 sm:grid-cols-2 ${narrow ? "" : "lg:grid-cols-3"}`}>
      {articles.map((a) => (
        <li key={a.id}>
          <NewsCard article={a} as={as} cover={covers} />
        </li>
      ))}
    </ul>
  );
}
