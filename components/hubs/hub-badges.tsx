import { useTranslations } from "next-intl";

// Small labels shared by the directory's cards and the hub page.

export function OpenToExchangesBadge() {
  const t = useTranslations("hubs.badges");
  return <span className="rounded-full bg-brand-100 px-2.5 py-0.5 text-sm font-semibold text-brand-900">{t("openToExchanges")}</span>;
}

export function StaleBadge() {
  const t = useTranslations("hubs.badges");
  return <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-sm font-semibold text-amber-900">{t("stale")}</span>;
}
