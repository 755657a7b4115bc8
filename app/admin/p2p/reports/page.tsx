import type { Metadata } from "next";
import Link from "next/link";
import { day, euros, exchangeName } from "@/components/admin/p2p/format";
import { FilterSelect } from "@/components/ui/filter-select";
import { requireStaff } from "@/lib/auth/session";
import { listReportsForStaff, REPORT_QUEUES, reportFilterSchema, type ReportQueue } from "@/lib/p2p/reports/queries";
import { roundChoicesForStaff } from "@/lib/p2p/rounds/admin-queries";
import { formatTimestamp } from "@/lib/timestamps";

export const metadata: Metadata = { title: "P2P reports and payments" };

const QUEUE_LABELS: Record<ReportQueue, string> = {
  toSign: "Agreement to sign",
  underWay: "Signed, report to come",
  toRead: "Reports to read",
  changesAsked: "Changes asked",
  toPay: "To pay",
  paid: "Paid",
};

type Row = Awaited<ReturnType<typeof listReportsForStaff>>["rows"][number];

/** What each queue's table shows besides the exchange: the date that matters there. */
function when(queue: ReportQueue, row: Row): string {
  switch (queue) {
    case "toSign":
      return "not signed yet";
    case "underWay":
      return row.reportDueOn ? `report due ${day(row.reportDueOn)}` : "—";
    case "toRead":
    case "changesAsked":
      return row.report?.submittedAt ? `sent ${formatTimestamp(row.report.submittedAt)}` : "—";
    case "toPay":
      return row.report?.approvedAt ? `approved ${formatTimestamp(row.report.approvedAt)}` : "—";
    case "paid":
      return row.paidAt ? `${euros(row.paidCents ?? 0)} paid ${day(row.paidAt)}` : "—";
  }
}

export default async function AdminP2PReportsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireStaff();
  const filters = reportFilterSchema.parse(await searchParams);
  const [rounds, { rows, counts, limit }] = await Promise.all([roundChoicesForStaff(actor), listReportsForStaff(actor, filters)]);
  const href = (state: ReportQueue) => `/admin/p2p/reports?${new URLSearchParams({ state, ...(filters.round ? { round: filters.round } : {}) })}`;
  return (
    <div>
      <h1 className="text-3xl font-bold">Reports and payments</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        The selected exchanges, from the grant agreement to the payment. Open one to read its agreement and report, approve it or ask for changes, and record the payment.
      </p>
      <form action="/admin/p2p/reports" className="mt-6 flex flex-wrap items-end gap-4 rounded-lg border border-stone-200 bg-white p-4">
        <input type="hidden" name="state" value={filters.state} />
        <FilterSelect name="round" label="Round" value={filters.round} options={rounds.map((r) => ({ value: r.id, label: r.name }))} any="Every round" />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">
          Show
        </button>
      </form>
      <nav aria-label="Where the exchanges stand" className="mt-6">
        <ul className="flex flex-wrap gap-x-5 gap-y-2">
          {(Object.keys(REPORT_QUEUES) as ReportQueue[]).map((queue) => (
            <li key={queue}>
              <Link href={href(queue)} aria-current={queue === filters.state ? "page" : undefined} className={queue === filters.state ? "font-bold" : undefined}>
                {QUEUE_LABELS[queue]} ({counts[queue]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="mt-6 text-2xl font-bold">{QUEUE_LABELS[filters.state]}</h2>
      {rows.length === 0 ? (
        <p className="mt-4 rounded-md border border-stone-300 bg-white p-6">Nothing here{filters.round ? " in this round" : ""}.</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{QUEUE_LABELS[filters.state]}</caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-2 pr-4">Applicant</th>
                <th scope="col" className="py-2 pr-4">Exchange</th>
                <th scope="col" className="py-2 pr-4">Dates</th>
                <th scope="col" className="py-2 pr-4">Grants</th>
                <th scope="col" className="py-2">Where it stands</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-stone-200 align-top">
                  <td className="py-2 pr-4">
                    <Link href={`/admin/p2p/applications/${row.id}`}>{row.applicant.name}</Link>
                    {filters.round ? null : <span className="block text-sm text-stone-700">{row.round.name}</span>}
                  </td>
                  <td className="py-2 pr-4">
                    {exchangeName(row)}
                  </td>
                  <td className="py-2 pr-4">
                    {day(row.startsOn)} to {day(row.endsOn)}
                  </td>
                  <td className="py-2 pr-4">
                    {euros(row.grantCents)} + host {euros(row.hostGrantCents)}
                  </td>
                  <td className="py-2">{when(filters.state, row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === limit ? <p className="mt-2 text-sm text-stone-700">The {limit} most recently changed; choose a round to see fewer.</p> : null}
        </div>
      )}
    </div>
  );
}
