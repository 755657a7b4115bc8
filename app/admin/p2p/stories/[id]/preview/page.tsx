import type { Metadata } from "next";
import { StoryHeader } from "@/components/admin/p2p/story-header";
import { StoryArticle } from "@/components/p2p/stories/story-article";
import { requireStaff } from "@/lib/auth/session";
import { foundOrNotFoundPage } from "@/lib/http/found";
import { getStoryForStaff } from "@/lib/p2p/stories/admin-queries";
import { storyHubs } from "@/lib/p2p/stories/queries";

export const metadata: Metadata = { title: "Preview a P2P story" };

export default async function PreviewStoryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const story = await foundOrNotFoundPage(getStoryForStaff(actor, (await params).id));
  // As readers will see it: hubs no longer public are left out, the visiting hub first.
  const hubs = storyHubs(
    story.hubs.map(({ hub }) => hub).filter((hub) => hub.status === "published"),
    story.p2pApplication?.visitingHub.id,
  );
  return (
    <div>
      <StoryHeader story={story} current="preview" title={`Preview: ${story.title}`} />
      <p className="mt-4 max-w-3xl text-stone-700">
        {story.status === "published" ? "This is the story as readers see it, in English around it; the story keeps its own language." : "This is how readers will see the story once it is published. Only staff can see it now."}
      </p>
      <div className="mt-6 rounded-lg border border-stone-300 bg-stone-50 p-4 sm:p-8">
        <StoryArticle story={{ ...story, hubs }} preview />
      </div>
    </div>
  );
}
