import type { Metadata } from "next";
import { ArticleHeader } from "@/components/admin/news/article-header";
import { NewsArticleView } from "@/components/news/news-article";
import { requireStaff } from "@/lib/auth/session";
import { foundOrNotFoundPage } from "@/lib/http/found";
import { getArticleForStaff } from "@/lib/news/admin-queries";

export const metadata: Metadata = { title: "Preview an article" };

export default async function PreviewArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const article = await foundOrNotFoundPage(getArticleForStaff(actor, (await params).id));
  // As readers will see it: hubs and events no longer public are left out.
  const hubs = article.hubs.filter(({ hub }) => hub.status === "published");
  const events = article.events.filter(({ event }) => event.status !== "draft");
  return (
    <div>
      <ArticleHeader article={article} current="preview" title={`Preview: ${article.title}`} />
      <p className="mt-4 max-w-3xl text-stone-700">
        {article.status === "published" ? "This is the article as readers see it, in English around it; the article keeps its own language." : "This is how readers will see the article once it is published. Only staff can see it now."}
      </p>
      <div className="mt-6 rounded-lg border border-stone-300 bg-stone-50 p-4 sm:p-8">
        <NewsArticleView article={{ ...article, hubs, events }} preview />
      </div>
    </div>
  );
}
