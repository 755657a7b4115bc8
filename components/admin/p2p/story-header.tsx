import Link from "next/link";
import { StaffRecordHeader } from "@/components/admin/record-header";
import { day } from "@/components/admin/p2p/format";
import { ArticleStatusBadge } from "@/components/admin/articles/article-status";
import type { StaffStory } from "@/lib/p2p/stories/admin-queries";

const TABS = [
  { key: "edit", label: "Edit", href: (id: string) => `/admin/p2p/stories/${id}` },
  { key: "preview", label: "Preview", href: (id: string) => `/admin/p2p/stories/${id}/preview` },
] as const;

/** The story's title, status, public page and the exchange it came from, and the links between its staff pages. */
export function StoryHeader({ story, current, title }: { story: StaffStory; current: (typeof TABS)[number]["key"]; title: string }) {
  const exchange = story.p2pApplication;
  return (
    <StaffRecordHeader
      back={{ href: "/admin/p2p/stories", label: "All stories" }}
      title={title}
      facts={
        <>
          <ArticleStatusBadge status={story.status} />
          {story.publishedAt ? <span>First published on {day(story.publishedAt)}</span> : null}
          {story.status === "published" ? <Link href={`/p2p/stories/${story.slug}`}>Public page</Link> : null}
        </>
      }
      tabs={TABS.map((t) => ({ key: t.key, label: t.label, href: t.href(story.id) }))}
      current={current}
      tabsLabel="This story"
    >
      <p className="mt-1 text-stone-700">
        {exchange ? (
          <>
            From the exchange of {exchange.visitingHub.name} at {exchange.hostHub.name} ({exchange.round.name}):{" "}
            <Link href={`/admin/p2p/applications/${exchange.id}`}>the application and its report</Link>
          </>
        ) : (
          "The exchange it came from has since been deleted."
        )}
      </p>
    </StaffRecordHeader>
  );
}
