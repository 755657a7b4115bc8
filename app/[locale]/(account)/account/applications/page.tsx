import type { Metadata } from "next";
import Link from "next/link";
import { ApplicationCard } from "@/components/account/applications/application-card";
import { EmptyState, PageContainer, PageIntro } from "@/components/site/page";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { listOwnApplications } from "@/lib/events/application-queries";
import { userSearchSchema } from "@/lib/users/schema";
import { Confirmation } from "@/components/site/notice";

export const metadata: Metadata = { title: "Your applications", robots: { index: false } };

/** The confirmation shown after each change, named by the `done` parameter the actions redirect with. */
const DONE: Record<string, string> = {
  pending: "Thank you: your application is in. We have emailed you a copy of what happens next.",
  registered: "You are registered: your seat is confirmed, and we have emailed you the details.",
  waitlisted: "Every seat was taken, so you are on the waiting list. We have emailed you, and will again if a seat becomes free.",
  updated: "Your changes are saved.",
  withdrawn: "You have withdrawn, and we have emailed you a confirmation.",
  "seat-taken": "The seat is yours: your place is confirmed, and we have emailed you.",
  "seat-released": "You let the seat go: it is offered to the next person on the waiting list.",
};

export default async function OwnApplicationsPage({ searchParams }: { searchParams: Promise<{ page?: string; done?: string }> }) {
  const actor = await requireUser();
  const params = await searchParams;
  const { page } = userSearchSchema.parse(params);
  const now = new Date();
  const { applications, total, pages } = await listOwnApplications(actor, { page });
  const done = params.done ? DONE[params.done] : undefined;
  return (
    <PageContainer narrow>
      <PageIntro title="Your applications">
        <p>The events you applied or registered for, newest first: where each one stands, and what you can still change.</p>
      </PageIntro>
      {done ? (
        <Confirmation className="mt-6">{done}</Confirmation>
      ) : null}
      {total === 0 ? (
        <div className="mt-8">
          <EmptyState title="You have not applied to an event yet">
            <p>
              Skills workshops and fora take applications, and meet-ups open registration: <Link href="/events">see what is coming up</Link>.
            </p>
          </EmptyState>
        </div>
      ) : (
        <section aria-labelledby="list" className="mt-8">
          <h2 id="list" className="sr-only">Applications</h2>
          <p className="text-stone-700">{total === 1 ? "One application." : `${total} applications.`}</p>
          <ul className="mt-4 space-y-6">
            {applications.map((application) => (
              <li key={application.id}>
                <ApplicationCard application={application} now={now} />
              </li>
            ))}
          </ul>
          <Pagination page={page} pages={pages} href={(p) => pageHref("/account/applications", {}, p)} label="Pages of your applications" />
        </section>
      )}
    </PageContainer>
  );
}
