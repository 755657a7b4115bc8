import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewsArticleJsonLd, NewsArticleView } from "@/components/news/news-article";
import { PageContainer } from "@/components/site/page";
import { languageAlternates } from "@/i18n/alternates";
import { isLocale, localePath, type Locale } from "@/i18n/languages";
import { currentAddressOf, getPublishedArticle, listRelatedArticles } from "@/lib/news/queries";
import { articlePath } from "@/lib/news/schema";
import { SITE_NAME } from "@/lib/site";
import { mediaUrl } from "@/lib/storage/urls";

type Params = Promise<{ locale: string; slug: string }>;

// Cached for everyone: rendered on its first visit, not at build time; again at once on every
// instance when staff publish, change or take down an article (revalidatePublicArea("stories")),
// and at most every hour should an instance miss that message. Nothing here reads the request.
export const revalidate = 3600;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "news.article" });
  const article = await getPublishedArticle(slug);
  if (!article) return { title: t("notFound") };
  const path = `/news/${article.slug}`;
  const description = article.standfirst.trim() || undefined;
  const images = article.coverKey ? [{ url: mediaUrl(article.coverKey), alt: article.coverAlt ?? "" }] : undefined;
  return {
    title: article.title,
    description,
    alternates: { ...languageAlternates(locale, path), types: { "application/rss+xml": "/news/rss.xml" } },
    openGraph: {
      type: "article",
      url: localePath(locale, path),
      siteName: SITE_NAME,
      title: article.title,
      description,
      locale: article.language,
      ...(article.publishedAt && article.publishedPrecision === "day" ? { publishedTime: article.publishedAt.toISOString() } : {}),
      ...(article.revisedAt ? { modifiedTime: article.revisedAt.toISOString() } : {}),
      authors: article.bylines.map((b) => b.name),
      tags: article.tags,
      ...(images ? { images } : {}),
    },
    twitter: { card: images ? "summary_large_image" : "summary", title: article.title, description, ...(images ? { images } : {}) },
  };
}

// Drafts, scheduled and archived articles are not found for anyone, staff included: staff
// preview them in the staff area. An address the article had before leads to its current one.
export default async function NewsArticlePage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale as Locale);
  const article = await getPublishedArticle(slug);
  if (!article) {
    const moved = await currentAddressOf(slug);
    if (moved) permanentRedirect(localePath(locale as Locale, articlePath(moved)));
    notFound();
  }
  const related = await listRelatedArticles(article);
  return (
    <PageContainer narrow>
      <NewsArticleJsonLd article={article} />
      <NewsArticleView article={article} related={related} />
    </PageContainer>
  );
}
