import { useTranslations } from "next-intl";
import type { P2PHostRequestStatus } from "@/lib/generated/prisma/enums";

const STYLE: Record<P2PHostRequestStatus, string> = {
  pending: "border-amber-700 bg-amber-50 text-amber-900",
  accepted: "border-green-700 bg-green-50 text-green-900",
  declined: "border-red-700 bg-red-50 text-red-900",
  lapsed: "border-stone-500 bg-stone-100 text-stone-800",
  cancelled: "border-stone-500 bg-stone-100 text-stone-800",
};

/** Where a request stands, as a label in words (never by its colour alone). */
export function RequestStatus({ status }: { status: P2PHostRequestStatus }) {
  const t = useTranslations("p2pHostRequests");
  return <span className={`inline-block rounded-md border px-3 py-1 font-semibold break-words ${STYLE[status]}`}>{t("status", { status })}</span>;
}
