import type { Metadata } from "next";
import { ArticleStatusActions } from "@/components/admin/articles/article-status-actions";
import { ArticleForm } from "@/components/admin/news/article-form";
import { ArticleHeader } from "@/components/admin/news/article-header";
import { PublishGaps } from "@/components/admin/publish-gaps";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageNotice } from "@/components/site/page-notice";
import { coverChoices, localStaffTime, publishGaps } from "@/lib/articles/rules";
import { articleFormValues } from "@/lib/articles/schema";
import { requireStaff } from "@/lib/auth/session";
import { foundOrNotFoundPage } from "@/lib/http/found";
import { updateArticleAction } from "@/lib/news/actions";
import { getArticleForStaff, listStaffAuthors, type StaffArticle } from "@/lib/news/admin-queries";

export const metadata: Metadata = { title: "Edit an article" };

const WHERE = "/news, the feeds, the home page and the pages of the hubs it names";

/** The form's fields for the article as it is stored. */
const formValues = (article: StaffArticle): Record<string, string | string[]> => ({
  ...articleFormValues(article),
  kind: article.kind,
  tags: article.tags.join(", "),
  hubs: article.hubs.map(({ hub }) => hub.slug).join("\n"),
  events: article.events.map(({ event }) => event.slug).join("\n"),
  bylineStaff: article.bylines.flatMap((b) => (b.userId ? [b.userId] : [])),
  bylineGuests: article.bylines.flatMap((b) => (b.userId ? [] : [b.name])).join("\n"),
});

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const id = (await params).id;
  const [article, staff] = await Promise.all([foundOrNotFoundPage(getArticleForStaff(actor, id)), listStaffAuthors(actor)]);
  const gaps = article.status === "published" ? [] : publishGaps(article);
  return (
    <div>
      <ArticleHeader article={article} current="edit" title={article.title} />
      <PageNotice page="adminArticle" />
      <section aria-labelledby="status-heading" className="mt-8">
        <h2 id="status-heading" className="text-2xl font-bold">Status</h2>
        <div className="mt-3">
          <ClientMessages only={["staff.articles", "news.errors"]}>
            <ArticleStatusActions articleId={article.id} status={article.status} what="article" where={WHERE} scheduledFor={localStaffTime(article.scheduledFor)} />
          </ClientMessages>
        </div>
        <PublishGaps what="article" gaps={gaps} />
      </section>
      <section aria-labelledby="details-heading" className="mt-10">
        <h2 id="details-heading" className="text-2xl font-bold">Details</h2>
        {article.status === "published" ? (
          <p className="mt-2 max-w-3xl text-stone-700">The article is published: changes show on {WHERE} at once, and readers see the day it was updated. It must keep a described cover.</p>
        ) : null}
        <div className="mt-4">
          <ClientMessages only={["staff.articles", "news.errors"]}>
            <ArticleForm action={updateArticleAction} initial={{ ok: false, values: formValues(article) }} article={{ id: article.id, status: article.status }} covers={coverChoices(article, [])} staff={staff} />
          </ClientMessages>
        </div>
      </section>
    </div>
  );
}
