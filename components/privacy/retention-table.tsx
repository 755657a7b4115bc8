import { useTranslations } from "next-intl";
import { RETENTION, type Anchor, type Period, type Retention, type RetentionKind } from "@/lib/retention/periods";

// The privacy notice's "how long we keep it" table, built from the declaration the retention
// job (lib/retention/commands.ts) deletes by: change a period there and both change.

type RetentionWords = ReturnType<typeof useTranslations<"privacy.retention">>;

/** The catalogue's sentence for each moment a period counts from. */
const AFTER = {
  created: "after.created",
  sent: "after.sent",
  expired: "after.expired",
  "window-started": "after.windowStarted",
  decided: "after.decided",
  "last-saved": "after.lastSaved",
  "event-ended": "after.eventEnded",
} as const satisfies Record<Anchor, string>;

/** "30 days", "12 months", "2 years", in the reader's language. */
export const periodText = (t: RetentionWords, period: Period): string => t("period", { count: period.count, unit: period.unit });

type RetentionRow = { kind: RetentionKind; what: string; when: string };

/** One row per kind of data: what it is, and when the job deletes (or clears) it. */
export function retentionRows(t: RetentionWords, retention: Record<RetentionKind, Retention> = RETENTION): RetentionRow[] {
  return (Object.keys(retention) as RetentionKind[]).map((kind) => {
    const { period, from, action } = retention[kind];
    const when = period.count === 0 ? t("onExpiry", { action }) : t(AFTER[from], { action, period: periodText(t, period) });
    return { kind, what: t(`what.${kind}`), when };
  });
}

export function RetentionTable() {
  const t = useTranslations("privacy.retention");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-3">{t("data")}</th>
            <th scope="col" className="p-3">{t("kept")}</th>
          </tr>
        </thead>
        <tbody>
          {retentionRows(t).map((row) => (
            <tr key={row.kind} className="border-b border-stone-200">
              <td className="p-3 break-words">{row.what}</td>
              <td className="p-3">{row.when}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
