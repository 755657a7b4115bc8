import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StoryArticle } from "@/components/p2p/stories/story-article";
import { PageContainer } from "@/components/site/page";
import { languageAlternates } from "@/i18n/alternates";
import { isLocale, localePath, type Locale } from "@/i18n/languages";
import { getPublishedStory } from "@/lib/p2p/stories/queries";
import { SITE_NAME } from "@/lib/site";
import { mediaUrl } from "@/lib/storage/urls";

type Params = Promise<{ locale: string; slug: string }>;

// Cached for everyone: rendered on its first visit, not at build time; again at once on every
// instance when staff publish, change or take down a story (revalidatePublicArea("stories")),
// and at most every hour should an instance miss that message. Nothing here reads the request.
export const revalidate = 3600;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "p2pStories.meta" });
  const story = await getPublishedStory(slug);
  if (!story) return { title: t("notFound") };
  const path = `/p2p/stories/${story.slug}`;
  const [first, second] = story.hubs;
  const description = story.standfirst.trim() || (first && second ? t("description", { first: first.name, second: second.name }) : undefined);
  return {
    title: story.title,
    description,
    alternates: languageAlternates(locale, path),
    openGraph: {
      type: "article",
      url: localePath(locale, path),
      siteName: SITE_NAME,
      title: story.title,
      description,
      ...(story.publishedAt ? { publishedTime: story.publishedAt.toISOString() } : {}),
      modifiedTime: story.updatedAt.toISOString(),
      ...(story.coverKey ? { images: [{ url: mediaUrl(story.coverKey), alt: story.coverAlt ?? "" }] } : {}),
    },
  };
}

// Drafts and archived stories are not found for anyone, staff included: staff preview them in the staff area.
export default async function P2PStoryPage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale as Locale);
  const story = await getPublishedStory(slug);
  if (!story) notFound();
  return (
    <PageContainer narrow>
      <StoryArticle story={story} />
    </PageContainer>
  );
}
