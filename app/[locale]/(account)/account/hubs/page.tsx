import type { Metadata } from "next";
import Link from "next/link";
import { OwnDrafts, OwnRequests } from "@/components/account/hubs/own-lists";
import { OwnHubCard } from "@/components/account/hubs/own-hub-card";
import { EmptyState, PageContainer, PageIntro } from "@/components/site/page";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { listOwnDrafts, listOwnHubs, listOwnManagementRequests } from "@/lib/hubs/ownership/queries";
import { ownerNotice } from "@/lib/hubs/ownership/rules";
import { userSearchSchema } from "@/lib/users/schema";
import { Confirmation } from "@/components/site/notice";

export const metadata: Metadata = { title: "Your hubs", robots: { index: false } };

type Search = { page?: string; archive?: string; notice?: string };

export default async function OwnHubsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireUser();
  const params = await searchParams;
  const { page } = userSearchSchema.parse(params);
  const now = new Date();
  const [{ hubs, total, pages }, drafts, requests] = await Promise.all([
    listOwnHubs(actor, { page }, now),
    listOwnDrafts(actor),
    listOwnManagementRequests(actor),
  ]);
  const notice = ownerNotice(params.notice);
  const here = (p: number) => pageHref("/account/hubs", {}, p);
  return (
    <PageContainer narrow>
      <PageIntro title="Your hubs">
        <p>The hubs you manage on the map: where each one stands, who manages it with you, and the yearly check that its details are still true.</p>
      </PageIntro>
      {notice ? (
        <Confirmation className="mt-6">{notice}</Confirmation>
      ) : null}
      <p className="mt-6">
        <Link href="/hubs/new" className="inline-flex rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-800">Add your hub</Link>
      </p>

      <section aria-labelledby="managed" className="mt-10">
        <h2 id="managed" className="text-2xl font-bold">Hubs you manage</h2>
        {total === 0 ? (
          <div className="mt-4">
            <EmptyState title="You do not manage a hub yet">
              <p>
                Put your creative hub on the map so peers across Europe can find it: <Link href="/hubs/new">add your hub</Link>. If it is already there, open its page
                and ask to manage it, or ask one of its owners to invite you.
              </p>
            </EmptyState>
          </div>
        ) : (
          <>
            <p className="mt-2 text-stone-700">{total === 1 ? "One hub." : `${total} hubs.`}</p>
            <ul className="mt-4 space-y-6">
              {hubs.map((hub) => (
                <li key={hub.id}>
                  <OwnHubCard
                    hub={hub}
                    me={actor.id}
                    now={now}
                    confirmArchive={params.archive === hub.id}
                    archiveHref={`${pageHref("/account/hubs", { archive: hub.id }, page)}#confirm-archive`}
                  />
                </li>
              ))}
            </ul>
            <Pagination page={page} pages={pages} href={here} label="Pages of your hubs" />
          </>
        )}
      </section>

      <OwnDrafts drafts={drafts} />
      <OwnRequests requests={requests} />
    </PageContainer>
  );
}
