import { useTranslations } from "next-intl";
import type { P2PApplicationStatus } from "@/lib/generated/prisma/enums";

const STYLE: Record<P2PApplicationStatus, string> = {
  draft: "border-stone-500 bg-stone-100 text-stone-900",
  submitted: "border-amber-700 bg-amber-50 text-amber-950",
  host_accepted: "border-green-700 bg-green-50 text-green-900",
  host_declined: "border-red-700 bg-red-50 text-red-900",
  host_lapsed: "border-red-700 bg-red-50 text-red-900",
  withdrawn: "border-stone-500 bg-stone-100 text-stone-800",
  selected: "border-green-700 bg-green-50 text-green-900",
  reserve: "border-amber-700 bg-amber-50 text-amber-950",
  not_selected: "border-stone-500 bg-stone-100 text-stone-800",
  agreement_signed: "border-green-700 bg-green-50 text-green-900",
  report_submitted: "border-amber-700 bg-amber-50 text-amber-950",
  report_changes_requested: "border-red-700 bg-red-50 text-red-900",
  report_approved: "border-green-700 bg-green-50 text-green-900",
  paid: "border-green-700 bg-green-50 text-green-900",
};

/** Where an application stands, in a few words. */
export function StatusBadge({ status }: { status: P2PApplicationStatus }) {
  const t = useTranslations("p2pAccount.status");
  return <span className={`inline-block rounded-md border px-3 py-1 text-sm font-semibold ${STYLE[status]}`}>{t(status)}</span>;
}
