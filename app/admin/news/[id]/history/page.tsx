import type { Metadata } from "next";
import { formatTimestamp } from "@/lib/timestamps";
import { ConfirmButtonForm } from "@/components/admin/confirm-button-form";
import { ArticleHeader } from "@/components/admin/news/article-header";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageNotice } from "@/components/site/page-notice";
import { restoreRevisionAction } from "@/lib/articles/actions";
import { changedFields, revisionContentSchema, type RevisionContent } from "@/lib/articles/revisions";
import { requireStaff } from "@/lib/auth/session";
import { foundOrNotFoundPage } from "@/lib/http/found";
import { getArticleForStaff } from "@/lib/news/admin-queries";

export const metadata: Metadata = { title: "An article's history" };

const FIELD_NAMES: Record<keyof RevisionContent, string> = {
  title: "title",
  slug: "address",
  standfirst: "standfirst",
  body: "text",
  language: "language",
  coverKey: "cover",
  coverAlt: "cover's description",
  coverCaption: "caption",
  coverCredit: "credit",
  tags: "tags",
};

/** Every saved version, newest first: who saved it, when, what it changed; any but the newest can be put back. */
export default async function ArticleHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const article = await foundOrNotFoundPage(getArticleForStaff(actor, (await params).id));
  const revisions = article.revisions.map((r) => ({ ...r, content: revisionContentSchema.parse(r.content) }));
  return (
    <div>
      <ArticleHeader article={article} current="history" title={`History: ${article.title}`} />
      <PageNotice page="adminArticle" />
      <p className="mt-4 max-w-3xl text-stone-700">
        Each save that changed what readers see, newest first{article._count.revisions > revisions.length ? ` (the latest ${revisions.length} of ${article._count.revisions})` : ""}. Restoring a version saves it as the newest; links, authors and status stay as they are.
      </p>
      <ol className="mt-6 space-y-4">
        {revisions.map((revision, i) => {
          const before = revisions[i + 1]?.content;
          const changed = before ? changedFields(before, revision.content).map((f) => FIELD_NAMES[f]) : null;
          return (
            <li key={revision.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="font-semibold">
                {formatTimestamp(revision.createdAt)}, by {revision.editor?.name ?? "someone whose account is gone"}
                {i === 0 ? " (the current version)" : ""}
              </h2>
              <p className="mt-1 text-stone-700">{changed ? (changed.length ? `Changed the ${changed.join(", ")}.` : "Saved without changes to the text.") : "The first version."}</p>
              <p className="mt-1 text-stone-700">Title: “{revision.content.title}”</p>
              {i > 0 ? (
                <div className="mt-3">
                  <ClientMessages only={["staff.articles", "news.errors"]}>
                    <ConfirmButtonForm
                      label="Restore this version…"
                      question="Restore this version?"
                      explain={`Its title, text, address, tags and cover come back, saved as the newest version.${article.status === "published" ? " Readers see it at once." : ""}`}
                      button="Restore it"
                      action={restoreRevisionAction}
                      hidden={{ articleId: article.id, revisionId: revision.id }}
                      compact
                    />
                  </ClientMessages>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
