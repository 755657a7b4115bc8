import Link from "next/link";
import { StaffRecordHeader } from "@/components/admin/record-header";
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
  { key: "panel", label: "Review panel", href: (id: string) => `/admin/p2p/rounds/${id}/panel` },
  { key: "ranking", label: "Ranking and decisions", href: (id: string) => `/admin/p2p/rounds/${id}/ranking` },
  { key: "outbox", label: "Results emails", href: (id: string) => `/admin/p2p/rounds/${id}/outbox` },
] as const;

/** The round's name, status, window and budget, and the links between its staff pages. */
export function RoundHeader({ round, current, title, now }: { round: StaffRound; current: (typeof TABS)[number]["key"]; title: string; now: Date }) {
  return (
    <StaffRecordHeader
      back={{ href: "/admin/p2p", label: "All rounds" }}
      title={title}
      facts={
        <>
          <RoundStatusBadge status={round.status} />
          <span>{windowText(round, now)}</span>
          {round.status !== "draft" ? <Link href="/p2p">Public page</Link> : null}
          <Link href={`/admin/p2p/applications?round=${round.id}`}>Applications</Link>
        </>
      }
      tabs={TABS.map((t) => ({ key: t.key, label: t.label, href: t.href(round.id) }))}
      current={current}
      tabsLabel="This round"
    >
      <p className="mt-1 text-stone-700">{budgetText(round)}</p>
    </StaffRecordHeader>
  );
}
