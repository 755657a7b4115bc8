import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/auth/session";
import { countOpenContactMessages } from "@/lib/contact/queries";
import { countEventWork } from "@/lib/events/admin-queries";
import { countModerationWork } from "@/lib/hubs/moderation/queries";

export const metadata: Metadata = { title: "Overview" };

export default async function AdminHomePage() {
  const actor = await requireStaff();
  const [open, hubs, events] = await Promise.all([countOpenContactMessages(actor), countModerationWork(actor), countEventWork(actor)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Staff overview</h1>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <li className="rounded-xl border border-stone-200 bg-white p-5">
          <h2 className="font-semibold"><Link href="/admin/hubs">Hubs</Link></h2>
          <p className="mt-1 text-stone-700">
            {hubs.hubs.pending === 0 && hubs.requests === 0
              ? "Nothing waiting for review."
              : `${hubs.hubs.pending} hub${hubs.hubs.pending === 1 ? "" : "s"} and ${hubs.requests} request${hubs.requests === 1 ? "" : "s"} to manage a hub waiting for review.`}
          </p>
        </li>
        <li className="rounded-xl border border-stone-200 bg-white p-5">
          <h2 className="font-semibold"><Link href="/admin/events">Events</Link></h2>
          <p className="mt-1 text-stone-700">
            {events.pending === 0 ? "No application waiting for a decision." : `${events.pending} application${events.pending === 1 ? "" : "s"} waiting for a decision.`}
            {events.drafts ? ` ${events.drafts} draft${events.drafts === 1 ? "" : "s"}.` : ""}
          </p>
        </li>
        <li className="rounded-xl border border-stone-200 bg-white p-5">
          <h2 className="font-semibold"><Link href="/admin/messages">Messages</Link></h2>
          <p className="mt-1 text-stone-700">{open === 0 ? "No open messages." : `${open} message${open === 1 ? "" : "s"} waiting for an answer.`}</p>
        </li>
        <li className="rounded-xl border border-stone-200 bg-white p-5">
          <h2 className="font-semibold"><Link href="/admin/users">People</Link></h2>
          <p className="mt-1 text-stone-700">Accounts and staff roles.</p>
        </li>
        <li className="rounded-xl border border-stone-200 bg-white p-5">
          <h2 className="font-semibold"><Link href="/admin/audit">Audit log</Link></h2>
          <p className="mt-1 text-stone-700">Who changed what, and when.</p>
        </li>
      </ul>
    </div>
  );
}
