import type { Metadata } from "next";
import { ArticleStatusActions } from "@/components/admin/articles/article-status-actions";
import { StoryForm } from "@/components/admin/p2p/story-form";
import { StoryHeader } from "@/components/admin/p2p/story-header";
import { PublishGaps } from "@/components/admin/publish-gaps";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageNotice } from "@/components/site/page-notice";
import { coverChoices, localStaffTime, publishGaps } from "@/lib/articles/rules";
import { articleFormValues } from "@/lib/articles/schema";
import { requireStaff } from "@/lib/auth/session";
import { foundOrNotFoundPage } from "@/lib/http/found";
import { updateStoryAction } from "@/lib/p2p/stories/actions";
import { getStoryForStaff } from "@/lib/p2p/stories/admin-queries";

export const metadata: Metadata = { title: "Edit a P2P story" };

export default async function EditStoryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const story = await foundOrNotFoundPage(getStoryForStaff(actor, (await params).id));
  const covers = coverChoices(story, story.p2pApplication?.report?.photos ?? []);
  const gaps = story.status === "published" ? [] : publishGaps(story);
  return (
    <div>
      <StoryHeader story={story} current="edit" title={story.title} />
      <PageNotice page="adminP2PStory" />
      <section aria-labelledby="status-heading" className="mt-8">
        <h2 id="status-heading" className="text-2xl font-bold">Status</h2>
        <div className="mt-3">
          <ClientMessages only={["staff.articles", "news.errors"]}>
            <ArticleStatusActions articleId={story.id} status={story.status} what="story" where="the public site, /p2p and both hubs' pages" scheduledFor={localStaffTime(story.scheduledFor)} />
          </ClientMessages>
        </div>
        <PublishGaps what="story" gaps={gaps} />
      </section>
      <section aria-labelledby="details-heading" className="mt-10">
        <h2 id="details-heading" className="text-2xl font-bold">Details</h2>
        {story.status === "published" ? (
          <p className="mt-2 max-w-3xl text-stone-700">The story is published: changes show on the public page, on /p2p and on both hubs&apos; pages at once. It must keep a described cover.</p>
        ) : null}
        <div className="mt-4">
          <ClientMessages only={["staff.articles", "news.errors"]}>
            <StoryForm action={updateStoryAction} initial={{ ok: false, values: articleFormValues(story) }} story={{ id: story.id, status: story.status }} covers={covers} />
          </ClientMessages>
        </div>
      </section>
    </div>
  );
}
