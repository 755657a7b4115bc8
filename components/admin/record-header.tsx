import Link from "next/link";

export type RecordTab<K extends string> = { key: K; label: string; href: string };

/**
 * The top of a staff record's pages (an event, a P2P round): the way back to its list, its
 * title, a line of facts (status, dates, links), anything more, and the tabs between its pages.
 */
export function StaffRecordHeader<K extends string>({ back, title, facts, tabs, current, tabsLabel, children }: {
  back: { href: string; label: string };
  title: string;
  facts: React.ReactNode;
  tabs: readonly RecordTab<K>[];
  current: K;
  /** Names the tabs for a screen reader: "This event". */
  tabsLabel: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="[overflow-wrap:anywhere]">
      <p><Link href={back.href}>← {back.label}</Link></p>
      <h1 className="mt-2 text-3xl font-bold">{title}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-stone-700">{facts}</p>
      {children}
      <nav aria-label={tabsLabel} className="mt-4 flex flex-wrap gap-2">
        {tabs.map((t) => (
          <Link
            key={t.key}
            href={t.href}
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
