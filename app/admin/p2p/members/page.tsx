import type { Metadata } from "next";
import { HubsToMark, MemberList, MembershipCriteria, MembershipRequestList } from "@/components/admin/p2p/membership-lists";
import { plural } from "@/components/admin/p2p/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageNotice } from "@/components/site/page-notice";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { todayIn } from "@/lib/calendar";
import { findHubsToMark, listMembersForStaff, listPendingMembershipRequests } from "@/lib/p2p/membership/admin-queries";
import { memberListSchema } from "@/lib/p2p/membership/schema";
import { SITE_TIME_ZONE } from "@/lib/timestamps";

export const metadata: Metadata = { title: "Network members" };

/** What the forms' answers say: staff's own words and the request workflow's refusal. */
const FORM_MESSAGES = ["staff.p2p.members", "p2p.membership"];

export default async function AdminMembersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireStaff();
  const { q, page, rpage } = memberListSchema.parse(await searchParams);
  const [requests, members, found] = await Promise.all([
    listPendingMembershipRequests(actor, { page: rpage }),
    listMembersForStaff(actor, { page }),
    findHubsToMark(actor, q),
  ]);
  const today = todayIn(SITE_TIME_ZONE, new Date());
  return (
    <div>
      <h1 className="text-3xl font-bold">Network members</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        Which hubs are members of the network, of which kind and since when. Rounds open to members only take applications from these hubs. Owners ask to join from their account; every decision is emailed to them and kept in the audit log.
      </p>
      <PageNotice page="adminP2PMembers" />

      <section aria-labelledby="requests-heading" className="mt-8">
        <h2 id="requests-heading" className="text-2xl font-bold">Requests to join</h2>
        <p className="mt-1 text-stone-700">{plural(requests.total, "request", "requests")} waiting for a decision, oldest first.</p>
        <div className="mt-4">
          {requests.requests.length === 0 ? (
            <p className="rounded-md border border-stone-300 bg-white p-6">No request is waiting. All caught up.</p>
          ) : (
            <ClientMessages only={FORM_MESSAGES}>
              <MembershipRequestList requests={requests.requests} />
            </ClientMessages>
          )}
        </div>
        <Pagination page={rpage} pages={requests.pages} label="Request pages" href={(p) => pageHref("/admin/p2p/members", { q, page: page > 1 ? String(page) : undefined, rpage: p > 1 ? String(p) : undefined }, 1)} />
      </section>

      <section aria-labelledby="mark-heading" className="mt-10">
        <h2 id="mark-heading" className="text-2xl font-bold">Mark a hub as a member</h2>
        <p className="mt-1 max-w-3xl text-stone-700">Find a published hub that is not a member yet by its name (the first 20 matches are shown). A regular member meets all four criteria:</p>
        <div className="mt-2 text-stone-800">
          <MembershipCriteria />
        </div>
        <form role="search" className="mt-4 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="q" className="block font-medium">Hub name</label>
            <input id="q" name="q" type="search" defaultValue={q} maxLength={100} className="mt-1 rounded-md border border-stone-400 bg-white px-3 py-2" />
          </div>
          <button type="submit" className="rounded-md border border-stone-400 bg-white px-4 py-2 font-medium">Find</button>
        </form>
        {q ? (
          <div className="mt-4">
            {found.length === 0 ? (
              <p className="rounded-md border border-stone-300 bg-white p-6">No published hub that is not a member has “{q}” in its name.</p>
            ) : (
              <ClientMessages only={FORM_MESSAGES}>
                <HubsToMark hubs={found} today={today} />
              </ClientMessages>
            )}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="members-heading" className="mt-10">
        <h2 id="members-heading" className="text-2xl font-bold">Members</h2>
        <p className="mt-1 text-stone-700">{plural(members.total, "member hub", "member hubs")}, by name.</p>
        <div className="mt-4">
          {members.members.length === 0 ? (
            <p className="rounded-md border border-stone-300 bg-white p-6">No hub is marked as a member yet.</p>
          ) : (
            <ClientMessages only={FORM_MESSAGES}>
              <MemberList members={members.members} />
            </ClientMessages>
          )}
        </div>
        <Pagination page={page} pages={members.pages} label="Member pages" href={(p) => pageHref("/admin/p2p/members", { q, rpage: rpage > 1 ? String(rpage) : undefined }, p)} />
      </section>
    </div>
  );
}
