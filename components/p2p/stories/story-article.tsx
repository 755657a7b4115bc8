import { useLocale, useTranslations } from "next-intl";
import { StoryHubs } from "@/components/p2p/stories/story-hubs";
import { Markdown } from "@/components/ui/markdown";
import { Link } from "@/i18n/navigation";
import { writtenIn } from "@/lib/language-names";
import type { PublishedStory } from "@/lib/p2p/stories/queries";
import { mediaUrl } from "@/lib/storage/urls";

type Story = Pick<PublishedStory, "title" | "standfirst" | "body" | "language" | "coverKey" | "coverAlt" | "coverCaption" | "coverCredit" | "publishedAt" | "hubs">;

/** The story's language named in the reader's: "Portuguese" on an English page. */

/**
 * A P2P story as readers see it: the story's own words carry its language (lang), the page's
 * words the reader's. `preview`: inside a staff page, under its headings (the title an h2).
 */
export function StoryArticle({ story, preview = false }: { story: Story; preview?: boolean }) {
  const t = useTranslations("p2pStories.page");
  const locale = useLocale();
  const Title = preview ? "h2" : "h1";
  return (
    <article className="max-w-3xl">
      {preview ? null : (
        <p className="mb-4">
          <Link href="/p2p#stories">← {t("back")}</Link>
        </p>
      )}
      <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{t("eyebrow")}</p>
      <div lang={story.language}>
        <Title className="mt-1 text-3xl font-bold tracking-tight text-stone-950 sm:text-4xl">{story.title}</Title>
        {story.standfirst.trim() ? <p className="mt-4 text-lg text-stone-700">{story.standfirst}</p> : null}
      </div>
      <p className="mt-4 text-sm text-stone-700">
        {story.publishedAt ? <time dateTime={story.publishedAt.toISOString()}>{t("published", { date: story.publishedAt })}</time> : null}
        {story.language !== locale ? <span className="ml-3">{t("writtenIn", { language: writtenIn(story.language, locale) })}</span> : null}
      </p>
      {story.coverKey ? (
        <figure className="mt-8" lang={story.language}>
          {/* Already resized when it was uploaded; nothing for the image optimiser to do. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={mediaUrl(story.coverKey)} alt={story.coverAlt ?? ""} className="max-h-[32rem] w-full rounded-lg object-cover" />
          {story.coverCaption || story.coverCredit ? (
            <figcaption className="mt-2 text-sm text-stone-700">
              {story.coverCaption}
              {story.coverCaption && story.coverCredit ? " " : null}
              {story.coverCredit ? <span className="text-stone-600">{story.coverCredit}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      <div className="mt-8" lang={story.language}>
        <Markdown text={story.body} top={preview ? 3 : 2} />
      </div>
      <StoryHubs hubs={story.hubs} headingId={preview ? "preview-hubs" : "hubs"} as={preview ? "h3" : "h2"} />
    </article>
  );
}
