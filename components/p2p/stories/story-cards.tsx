import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { StoryCard } from "@/lib/p2p/stories/queries";
import { mediaUrl } from "@/lib/storage/urls";

/**
 * Published stories as cards: cover, title (the link), the two hubs, the date; each in the
 * story's language. `wide`: three across on a large screen (a page's full width).
 */
export function StoryCards({ stories, wide = false }: { stories: StoryCard[]; wide?: boolean }) {
  const t = useTranslations("p2pStories.list");
  return (
    <ul className={`grid gap-6 sm:grid-cols-2 ${wide ? "lg:grid-cols-3" : ""}`}>
      {stories.map((story) => (
        <li key={story.id}>
          <article className="h-full overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm">
            {story.coverKey ? (
              // eslint-disable-next-line @next/next/no-img-element -- a stored upload, already resized
              <img src={mediaUrl(story.coverKey)} alt="" loading="lazy" className="h-44 w-full object-cover" />
            ) : null}
            <div className="p-5">
              <h3 className="text-xl font-semibold text-stone-950" lang={story.language}>
                <Link href={`/p2p/stories/${story.slug}`}>{story.title}</Link>
              </h3>
              {story.hubs.length === 2 ? <p className="mt-1 text-sm text-stone-700">{t("hubs", { first: story.hubs[0]!.name, second: story.hubs[1]!.name })}</p> : null}
              {story.standfirst.trim() ? (
                <p className="mt-3 text-stone-800" lang={story.language}>
                  {story.standfirst}
                </p>
              ) : null}
              {story.publishedAt ? (
                <p className="mt-3 text-sm text-stone-700">
                  <time dateTime={story.publishedAt.toISOString()}>{t("published", { date: story.publishedAt })}</time>
                </p>
              ) : null}
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
