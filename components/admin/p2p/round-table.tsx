import Link from "next/link";
import { budgetText, day, plural, RoundStatusBadge, APPLICATION_STATUS_LABELS } from "@/components/admin/p2p/format";
import { windowText } from "@/components/admin/p2p/round-header";
import type { StaffListedRound } from "@/lib/p2p/rounds/admin-queries";
import { P2PApplicationStatus } from "@/lib/generated/prisma/enums";

const STATUSES = Object.values(P2PApplicationStatus);

/** Rounds as cards: status and window, the exchange period, hosts and applications by status, the budget committed, and each round's staff pages. */
export function RoundTable({ rounds, now }: { rounds: StaffListedRound[]; now: Date }) {
  return (
    <ol className="space-y-3">
      {rounds.map((round) => {
        const total = STATUSES.reduce((n, s) => n + (round.applications[s] ?? 0), 0);
        return (
          <li key={round.id} className="rounded-xl border border-stone-200 bg-white p-4 [overflow-wrap:anywhere]">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="text-lg font-semibold">
                <Link href={`/admin/p2p/rounds/${round.id}`}>{round.name}</Link>
              </h3>
              <RoundStatusBadge status={round.status} />
            </div>
            <p className="text-stone-700">
              {windowText(round, now)}
              {round.exchangesFrom && round.exchangesUntil ? ` · exchanges ${day(round.exchangesFrom)} to ${day(round.exchangesUntil)}` : ""}
            </p>
            <p className="text-sm text-stone-700">
              {plural(round._count.hostOffers, "host", "hosts")} · {plural(total, "application", "applications")}
              {total > 0
                ? `: ${STATUSES.filter((s) => round.applications[s]).map((s) => `${round.applications[s]} ${APPLICATION_STATUS_LABELS[s].toLowerCase()}`).join(", ")}`
                : ""}
            </p>
            <p className="text-sm text-stone-700">{budgetText(round)}</p>
            <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <Link href={`/admin/p2p/rounds/${round.id}`}>Edit<span className="sr-only"> {round.name}</span></Link>
              <Link href={`/admin/p2p/rounds/${round.id}/preview`}>Preview<span className="sr-only"> {round.name}</span></Link>
              {total > 0 ? <Link href={`/admin/p2p/applications?round=${round.id}`}>Applications<span className="sr-only"> to {round.name}</span></Link> : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
