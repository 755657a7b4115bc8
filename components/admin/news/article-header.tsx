import { formatTimestamp } from "@/lib/timestamps";
import Link from "next/link";
import { ArticleStatusBadge } from "@/components/admin/articles/article-status";
import { day } from "@/components/admin/p2p/format";
import { StaffRecordHeader } from "@/components/admin/record-header";
import type { StaffArticle } from "@/lib/news/admin-queries";

const TABS = [
  { key: "edit", label: "Edit", href: (id: string) => `/admin/news/${id}` },
  { key: "preview", label: "Preview", href: (id: string) => `/admin/news/${id}/preview` },
  { key: "history", label: "History", href: (id: string) => `/admin/news/${id}/history` },
] as const;

/** The article's title, status, when it goes or went live and its public page, and the links between its staff pages. */
export function ArticleHeader({ article, current, title }: { article: StaffArticle; current: (typeof TABS)[number]["key"]; title: string }) {
  return (
    <StaffRecordHeader
      back={{ href: "/admin/news", label: "All news and stories" }}
      title={title}
      facts={
        <>
          <ArticleStatusBadge status={article.status} />
          {article.status === "scheduled" && article.scheduledFor ? <span>Goes live on {formatTimestamp(article.scheduledFor)}</span> : null}
          {article.publishedAt ? <span>First published {article.publishedPrecision === "day" ? `on ${day(article.publishedAt)}` : `in ${article.publishedAt.getUTCFullYear()}`}</span> : null}
          {article.status === "published" ? <Link href={`/news/${article.slug}`}>Public page</Link> : null}
        </>
      }
      tabs={TABS.map((t) => ({ key: t.key, label: t.label, href: t.href(article.id) }))}
      current={current}
      tabsLabel="This article"
    >
      {article.contributor ? <p className="mt-1 text-stone-700">Written by {article.contributor.name}, a member.</p> : null}
    </StaffRecordHeader>
  );
}
