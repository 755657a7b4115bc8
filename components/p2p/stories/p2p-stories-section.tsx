import { useTranslations } from "next-intl";
import { StoryCards } from "@/components/p2p/stories/story-cards";
import { EmptyState, Section } from "@/components/site/page";
import type { StoryCard } from "@/lib/p2p/stories/queries";

/** /p2p's newest stories, or what will come here. */
export function P2PStoriesSection({ stories }: { stories: StoryCard[] }) {
  const t = useTranslations("p2pStories.list");
  return (
    <Section title={t("title")} id="stories">
      <p className="mb-6 max-w-3xl text-stone-800">{t("intro")}</p>
      {stories.length ? (
        <StoryCards stories={stories} wide />
      ) : (
        <EmptyState title={t("empty")}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      )}
    </Section>
  );
}

/** A hub's stories on its page: only when there are some. */
export function HubStoriesSection({ stories, hubName }: { stories: StoryCard[]; hubName: string }) {
  const t = useTranslations("p2pStories.hub");
  if (!stories.length) return null;
  return (
    <Section title={t("title")} id="p2p-stories">
      <p className="mb-6 max-w-3xl text-stone-800">{t("intro", { name: hubName })}</p>
      <StoryCards stories={stories} />
    </Section>
  );
}
