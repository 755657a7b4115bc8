import type { Metadata } from "next";
import Link from "next/link";
import { day, plural } from "@/components/admin/p2p/format";
import { RoundHeader } from "@/components/admin/p2p/round-header";
import { ReleaseForm } from "@/components/admin/p2p/selection/selection-forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NoSuchPage, Pagination, pageHref } from "@/components/ui/pagination";
import { languageOf } from "@/i18n/languages";
import { requireStaff } from "@/lib/auth/session";
import { outboxForStaff } from "@/lib/p2p/selection/outbox";
import { outboxPageSchema } from "@/lib/p2p/selection/schema";
import { loadRound } from "../load";

export const metadata: Metadata = { title: "Results emails of a P2P round" };

export default async function OutboxPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string>> }) {
  const actor = await requireStaff();
  const { id } = await params;
  const { page, comments } = outboxPageSchema.parse(await searchParams);
  const round = await loadRound(actor, id);
  const path = `/admin/p2p/rounds/${round.id}/outbox`;
  const query = comments ? { comments: "1" } : {};
  if (round.status !== "in_review") {
    return (
      <div>
        <RoundHeader round={round} current="outbox" title={`Results emails: ${round.name}`} now={new Date()} />
        <p className="mt-6 max-w-3xl rounded-md border border-stone-300 bg-white p-6">
          {round.resultsReleasedAt
            ? `The results were released on ${day(round.resultsReleasedAt)}, and their emails went then; the audit log lists each decision.`
            : "The results' emails can be read here while the round is in review, before they are released."}
        </p>
      </div>
    );
  }
  const outbox = await outboxForStaff(actor, round.id, { page, withComments: comments });
  return (
    <div>
      <RoundHeader round={round} current="outbox" title={`Results emails: ${round.name}`} now={new Date()} />
      <p className="mt-4 max-w-3xl text-stone-700">
        Every email the release will send, exactly as it will go, each in its reader&apos;s language: to each applicant and to each owner of the host hub. Nothing is sent until you release the results below.
      </p>
      <form method="get" action={path} className="mt-4 flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="comments" value="1" defaultChecked={comments} className="size-4" />
          Show the emails with the reviewers&apos; comments
        </label>
        <button type="submit" className="rounded-md border border-stone-400 bg-white px-4 py-2 font-semibold text-stone-900 hover:bg-stone-100">Show</button>
      </form>
      <section aria-labelledby="release-heading" className="mt-6 max-w-3xl rounded-xl border border-stone-300 bg-white p-4">
        <h2 id="release-heading" className="text-xl font-bold">Release</h2>
        {outbox.undecided > 0 ? (
          <p className="mt-2 font-semibold text-amber-900">
            {plural(outbox.undecided, "application has", "applications have")} no decision yet. <Link href={`/admin/p2p/rounds/${round.id}/ranking`}>Decide in the ranking</Link> before releasing.
          </p>
        ) : outbox.decided === 0 ? (
          <p className="mt-2 text-stone-800">No application has reached review: there is nothing to release yet.</p>
        ) : (
          <div className="mt-3">
            <ClientMessages only={["staff.p2p.selection", "staff.p2p.rounds.cannot", "p2pApply.workflow"]}>
              <ReleaseForm roundId={round.id} withComments={comments} applications={outbox.decided} />
            </ClientMessages>
          </div>
        )}
      </section>
      <section aria-labelledby="emails-heading" className="mt-8">
        <h2 id="emails-heading" className="text-2xl font-bold">The emails</h2>
        <p className="mt-2 text-stone-700">{plural(outbox.decided, "decided application", "decided applications")}, each with its applicant&apos;s and its host owners&apos; emails.</p>
        {page > outbox.pages ? (
          <NoSuchPage page={page} pages={outbox.pages} firstPage={pageHref(path, query, 1)} />
        ) : (
          <ol className="mt-4 space-y-4">
            {outbox.letters.map((letter, i) => (
              <li key={`${letter.applicationId}-${letter.to}-${i}`}>
                <article aria-label={`Email to ${letter.to}`} className="rounded-xl border border-stone-300 bg-white p-4 [overflow-wrap:anywhere]">
                  <dl className="grid gap-x-3 text-sm sm:grid-cols-[auto_1fr]">
                    <dt className="font-semibold">To</dt>
                    <dd>
                      {letter.to} ({letter.reader === "applicant" ? "applicant" : "host owner"}, {languageOf(letter.locale).name})
                    </dd>
                    <dt className="font-semibold">Subject</dt>
                    <dd lang={letter.locale}>{letter.subject}</dd>
                  </dl>
                  <pre lang={letter.locale} className="mt-3 font-sans text-sm whitespace-pre-wrap text-stone-900">{letter.text}</pre>
                </article>
              </li>
            ))}
          </ol>
        )}
        <Pagination page={page} pages={outbox.pages} label="Email pages" href={(p) => pageHref(path, query, p)} />
      </section>
    </div>
  );
}
