import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/auth/session";
import { devOutboxEnabled, listOutbox } from "@/lib/email/queries";
import { servedOnLoopback } from "@/lib/request";

// Rendered per request: these pages carry a per-response CSP nonce (proxy.ts needsNonce).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Outbox (development)", robots: { index: false } };

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) => (i % 2 ? <a key={i} href={part}>{part}</a> : part));
}

export default async function DevOutboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  // It holds password-reset links: only staff, and only on a site reached on this machine.
  if (!devOutboxEnabled() || !(await servedOnLoopback())) notFound();
  const actor = await requireStaff();
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const { emails, total, pages } = await listOutbox(actor, page);
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold">Outbox</h1>
      <p className="mt-2 text-stone-700">
        Emails the site would have sent. This page exists only on a local site with no SMTP server (SMTP_URL unset); {total} email
        {total === 1 ? "" : "s"} so far, newest first.
      </p>
      {emails.length === 0 ? (
        <p className="mt-8 rounded-md border border-stone-300 bg-white p-6">No emails yet. Sign up or send the contact form to see one here.</p>
      ) : (
        <ol className="mt-8 space-y-4">
          {emails.map((email) => (
            <li key={email.id}>
              <article aria-labelledby={`email-${email.id}`} className="rounded-lg border border-stone-200 bg-white p-5">
                <h2 id={`email-${email.id}`} className="text-lg font-semibold">{email.subject}</h2>
                <p className="text-sm text-stone-700">
                  To {email.to} · {timeFormat.format(email.createdAt)} UTC · {email.status}
                </p>
                <pre className="mt-3 whitespace-pre-wrap break-words font-sans text-sm text-stone-900">{linkify(email.text)}</pre>
              </article>
            </li>
          ))}
        </ol>
      )}
      {pages > 1 ? (
        <nav aria-label="Outbox pages" className="mt-8 flex gap-4">
          {page > 1 ? <Link href={`/dev/outbox?page=${page - 1}`}>Newer emails</Link> : null}
          <span>Page {page} of {pages}</span>
          {page < pages ? <Link href={`/dev/outbox?page=${page + 1}`}>Older emails</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
