import type { Metadata } from "next";
import { NewArticleForm } from "@/components/admin/news/article-form";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireStaff } from "@/lib/auth/session";
import { initialFormState } from "@/lib/form-state";
import { createArticleAction } from "@/lib/news/actions";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  await requireStaff();
  return (
    <div>
      <p>
        <Link href="/admin/news">← All news and stories</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">New article</h1>
      <p className="mt-2 max-w-3xl text-stone-700">Start with its kind, a title and its language. The draft is only seen by staff until it is published.</p>
      <div className="mt-6">
        <ClientMessages only={["staff.articles", "news.errors"]}>
          <NewArticleForm action={createArticleAction} initial={initialFormState} />
        </ClientMessages>
      </div>
    </div>
  );
}
