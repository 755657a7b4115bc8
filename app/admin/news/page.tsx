import type { Metadata } from "next";
import { formatTimestamp } from "@/lib/timestamps";
import Link from "next/link";
import { ARTICLE_STATUS_LABELS } from "@/components/admin/articles/article-status";
import { ArticleStatusFilter } from "@/components/admin/articles/status-filter";
import { day } from "@/components/admin/p2p/format";
import { NoSuchPage, Pagination, pageHref } from "@/components/ui/pagination";
import { isLocale, languageOf } from "@/i18n/languages";
import { requireStaff } from "@/lib/auth/session";
import { listArticlesForStaff, staffArticleFilterSchema, type StaffListedArticle } from "@/lib/news/admin-queries";

export const metadata: Metadata = { title: "News and stories" };

const PATH = "/admin/news";
const KIND = { news: "News", story: "Story", p2p_story: "P2P story" } as const;

/** A page of articles. The table scrolls sideways on a phone, in a region the keyboard can reach. */
function ArticleTable({ articles }: { articles: StaffListedArticle[] }) {
  return (
    <div role="region" aria-label="News and stories" tabIndex={0} className="mt-4 overflow-x-auto">
      <table className="w-full min-w-[48rem] border-collapse bg-white text-left text-sm">
        <caption className="sr-only">News and stories: drafts and those in review first, then scheduled, published and archived; each most recently changed first</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-3">Article</th>
            <th scope="col" className="p-3">Kind</th>
            <th scope="col" className="p-3">Language</th>
            <th scope="col" className="p-3">Status</th>
            <th scope="col" className="p-3">Last changed</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id} className="border-b border-stone-200 align-top">
              <th scope="row" className="p-3 font-normal">
                <Link href={`/admin/news/${a.id}`} className="font-semibold">{a.title}</Link>
                <span className="block text-stone-600">/news/{a.slug}</span>
                {a.contributor ? <span className="block text-stone-600">by {a.contributor.name}, a member</span> : null}
              </th>
              <td className="p-3">{KIND[a.kind]}</td>
              <td className="p-3">{isLocale(a.language) ? languageOf(a.language).name : a.language}</td>
              <td className="p-3">
                {ARTICLE_STATUS_LABELS[a.status]}
                {a.status === "scheduled" && a.scheduledFor ? <span className="block text-stone-600">for {formatTimestamp(a.scheduledFor)}</span> : null}
                {a.publishedAt ? <span className="block text-stone-600">first published {a.publishedPrecision === "day" ? day(a.publishedAt) : `in ${a.publishedAt.getUTCFullYear()}`}</span> : null}
              </td>
              <td className="p-3 whitespace-nowrap">{day(a.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function AdminNewsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireStaff();
  const { page, status } = staffArticleFilterSchema.parse(await searchParams);
  const { articles, total, pages } = await listArticlesForStaff(actor, { status, page });
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">News and stories</h1>
        <Link href="/admin/news/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800">
          New article
        </Link>
      </div>
      <p className="mt-2 max-w-3xl text-stone-700">
        Write news and stories, preview them, and publish them now or at a set time. Published articles appear on /news, in the feeds and on the home page. P2P stories are under{" "}
        <Link href="/admin/p2p/stories">P2P stories</Link>.
      </p>
      <ArticleStatusFilter path={PATH} status={status} label="Articles by status" />
      {page > pages ? (
        <NoSuchPage page={page} pages={pages} firstPage={pageHref(PATH, { status }, 1)} />
      ) : articles.length === 0 ? (
        <p className="mt-6 rounded-md border border-stone-300 bg-white p-6">{status ? `No ${ARTICLE_STATUS_LABELS[status].toLowerCase()} article.` : "No article yet: start one with “New article”."}</p>
      ) : (
        <>
          <p className="mt-6 text-stone-700">{total === 1 ? "One article." : `${total.toLocaleString("en-GB")} articles.`}</p>
          <ArticleTable articles={articles} />
        </>
      )}
      <Pagination page={page} pages={pages} label="Article pages" href={(p) => pageHref(PATH, { status }, p)} />
    </div>
  );
}
