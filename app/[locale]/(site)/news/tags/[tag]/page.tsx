import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { linkTo } from "@/components/i18n/rich-text";
import { NewsGrid } from "@/components/news/news-card";
import { NewsFeeds } from "@/components/news/news-index";
import { EmptyState, PageContainer, PageIntro } from "@/components/site/page";
import { PagedResults } from "@/components/ui/pagination";
import { languageAlternates } from "@/i18n/alternates";
import { isLocale, type Locale } from "@/i18n/languages";
import { parsePage } from "@/lib/page-number";
import { listNews } from "@/lib/news/queries";
import { isTag } from "@/lib/news/schema";

type Params = Promise<{ locale: string; tag: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Rendered per request (one indexed query): any word can be asked for, and a cache of every
// word asked for would grow without end.

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, tag } = await params;
  if (!isLocale(locale) || !isTag(tag)) return {};
  const t = await getTranslations({ locale, namespace: "news.tag" });
  return {
    title: t("title", { tag }),
    description: t("metaDescription", { tag }),
    alternates: { ...languageAlternates(locale, `/news/tags/${tag}`), types: { "application/rss+xml": `/news/tags/${tag}/rss.xml` } },
  };
}

export default async function NewsTagPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, tag } = await params;
  setRequestLocale(locale as Locale);
  if (!isTag(tag)) notFound();
  const t = await getTranslations("news");
  const page = parsePage((await searchParams).page);
  const { articles, total, pages } = await listNews({ tag }, page);
  const pageLink = (p: number) => (p > 1 ? `/news/tags/${tag}?page=${p}` : `/news/tags/${tag}`);
  return (
    <PageContainer>
      <PageIntro title={t("tag.title", { tag })} eyebrow={t("tag.eyebrow")} back={{ href: "/news", label: t("article.back") }}>
        <p>{t("index.results", { total, filtered: "no" })}</p>
      </PageIntro>
      <div className="mt-10">
        <PagedResults
          total={total}
          shown={articles.length}
          page={page}
          pages={pages}
          href={pageLink}
          label={t("index.pages")}
          empty={
            <EmptyState title={t("tag.empty")}>
              <p>{t.rich("tag.emptyBody", { link: linkTo("/news") })}</p>
            </EmptyState>
          }
        >
          <NewsGrid articles={articles} as="h2" />
        </PagedResults>
      </div>
      <NewsFeeds tag={tag} />
    </PageContainer>
  );
}
