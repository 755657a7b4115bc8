import Link from "next/link";
import { budgetText, day, RoundStatusBadge } from "@/components/admin/p2p/format";
import type { StaffRound } from "@/lib/p2p/rounds/admin-queries";
import { roundWindow } from "@/lib/p2p/rounds/rules";
import type { P2PRoundStatus } from "@/lib/generated/prisma/enums";

type Windowed = { status: P2PRoundStatus; opensOn: Date | null; closesOn: Date | null; timeZone: string };

/** Where the round's window stands today: "Open until 23 April 2017", "Opens on …", "Closed on …". */
export function windowText(round: Windowed, now: Date): string {
  const window = roundWindow(round, now);
  switch (window.state) {
    case "draft":
      return round.opensOn && round.closesOn ? `Window ${day(round.opensOn)} to ${day(round.closesOn)} (draft)` : "No window yet (draft)";
    case "not-open":
      return `Opens on ${day(window.opensOn)}`;
    case "open":
      return `Open to applications until ${day(window.closesOn)}`;
    case "closed":
      return window.closedOn ? `Applications closed on ${day(window.closedOn)}` : "Applications closed";
  }
}

const TABS = [
  { key: "edit", label: "Edit", href: (id: string) => `/admin/p2p/rounds/${id}` },
  { key: "preview", label: "Preview", href: (id: string) => `/admin/p2p/rounds/${id}/preview` },
] as const;

/** The round's name, status, window and budget, and the links between its staff pages. */
export function RoundHeader({ round, current, title, now }: { round: StaffRound; current: (typeof TABS)[number]["key"]; title: string; now: Date }) {
  return (
    <div className="[overflow-wrap:anywhere]">
      <p><Link href="/admin/p2p">← All rounds</Link></p>
      <h1 className="mt-2 text-3xl font-bold">{title}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-stone-700">
        <RoundStatusBadge status={round.status} />
        <span>{windowText(round, now)}</span>
        {round.status !== "draft" ? <Link href={`/p2p`}>Public page</Link> : null}
        <Link href={`/admin/p2p/applications?round=${round.id}`}>Applications</Link>
      </p>
      <p className="mt-1 text-stone-700">{budgetText(round.budgetCents, round.committed)}</p>
      <nav aria-label="This round" className="mt-4 flex flex-wrap gap-2">
        {TABS.map((t) => (
          <Link
            key={t.key}
            href={t.href(round.id)}
            aria-current={t.key === current ? "page" : undefined}
            className={`rounded-md border px-3 py-1.5 no-underline ${t.key === current ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-900 hover:bg-stone-100"}`}
          >
            {t.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
