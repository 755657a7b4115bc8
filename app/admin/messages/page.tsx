import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ButtonForm } from "@/components/ui/button-form";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { markContactMessageHandledAction } from "@/lib/contact/actions";
import { listContactMessages } from "@/lib/contact/queries";
import { isContactTopic } from "@/lib/contact/schema";
import { formatTimestamp } from "@/lib/timestamps";
import { userSearchSchema } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Messages" };

export default async function AdminMessagesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireStaff();
  const params = await searchParams;
  const handled = params.show === "handled";
  const { page } = userSearchSchema.parse(params);
  const [{ messages, total, pages }, topics] = await Promise.all([listContactMessages(actor, { handled, page }), getTranslations("contact.topics")]);
  return (
    <div>
      <h1 className="text-3xl font-bold">Messages</h1>
      <p className="mt-2 text-stone-700">What people sent through the contact form. Reply by email; then mark the message as dealt with.</p>
      <nav aria-label="Message lists" className="mt-4 flex gap-4">
        <Link href="/admin/messages" aria-current={handled ? undefined : "page"}>Open</Link>
        <Link href="/admin/messages?show=handled" aria-current={handled ? "page" : undefined}>Dealt with</Link>
      </nav>
      <p className="mt-4 text-stone-700">{total} {handled ? "dealt with" : "open"}.</p>
      {messages.length === 0 ? (
        <p className="mt-6 rounded-md border border-stone-300 bg-white p-6">{handled ? "No message has been dealt with yet." : "No open messages. All caught up."}</p>
      ) : (
        <ClientMessages only={["contact.admin"]}>
          <ol className="mt-4 space-y-4">
            {messages.map((m) => (
              <li key={m.id}>
                <article aria-labelledby={`msg-${m.id}`} className="rounded-xl border border-stone-200 bg-white p-5">
                  <h2 id={`msg-${m.id}`} className="text-lg font-semibold">
                    {isContactTopic(m.topic) ? topics(m.topic) : m.topic} — from {m.name}
                  </h2>
                  <p className="text-sm text-stone-700">
                    <a href={`mailto:${m.email}`}>{m.email}</a> · {formatTimestamp(m.createdAt)}
                    {m.handledAt ? <> · dealt with by {m.handledBy?.name ?? "a former staff member"} on {formatTimestamp(m.handledAt)}</> : null}
                  </p>
                  <p className="mt-3 whitespace-pre-wrap break-words">{m.message}</p>
                  <div className="mt-4">
                    <ButtonForm action={markContactMessageHandledAction} fields={{ messageId: m.id, handled: m.handledAt ? "no" : "yes" }} variant="primary" pendingLabel="Saving…">
                      {m.handledAt ? "Reopen" : "Mark as dealt with"}
                    </ButtonForm>
                  </div>
                </article>
              </li>
            ))}
          </ol>
        </ClientMessages>
      )}
      <Pagination page={page} pages={pages} label="Message pages" href={(p) => pageHref("/admin/messages", { show: handled ? "handled" : undefined }, p)} />
    </div>
  );
}
