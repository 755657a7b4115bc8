import type { Metadata } from "next";
import { ARTICLE_STATUS_LABELS } from "@/components/admin/articles/article-status";
import { ArticleStatusFilter } from "@/components/admin/articles/status-filter";
import { StoryTable } from "@/components/admin/p2p/story-table";
import { NoSuchPage, Pagination, pageHref } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { listStoriesForStaff, staffStoryFilterSchema } from "@/lib/p2p/stories/admin-queries";

export const metadata: Metadata = { title: "P2P stories" };

const PATH = "/admin/p2p/stories";

export default async function AdminP2PStoriesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireStaff();
  const { page, status } = staffStoryFilterSchema.parse(await searchParams);
  const { stories, total, pages } = await listStoriesForStaff(actor, { status, page });
  return (
    <div>
      <h1 className="text-3xl font-bold">P2P stories</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        Each approved report becomes a draft story. Edit it, choose and describe its cover, then publish it: it appears at /p2p/stories/…, on /p2p and on both hubs&apos; pages.
      </p>
      <ArticleStatusFilter path={PATH} status={status} label="Stories by status" />
      {page > pages ? (
        <NoSuchPage page={page} pages={pages} firstPage={pageHref(PATH, { status }, 1)} />
      ) : stories.length === 0 ? (
        <p className="mt-6 rounded-md border border-stone-300 bg-white p-6">{status ? `No ${ARTICLE_STATUS_LABELS[status].toLowerCase()} story.` : "No story yet: the first comes with the first approved report."}</p>
      ) : (
        <>
          <p className="mt-6 text-stone-700">{total === 1 ? "One story." : `${total.toLocaleString("en-GB")} stories.`}</p>
          <StoryTable stories={stories} />
        </>
      )}
      <Pagination page={page} pages={pages} label="Story pages" href={(p) => pageHref(PATH, { status }, p)} />
    </div>
  );
}
