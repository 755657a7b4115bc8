import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** The network's mark: hubs linked to one another. */
function HubMark() {
  return (
    <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false" className="shrink-0">
      <rect width="32" height="32" rx="8" fill="#0b5f59" />
      <g stroke="#ffffff" strokeWidth="2" strokeLinecap="round">
        <path d="M16 16 9 9M16 16l7-7M16 16l-7 7M16 16l7 7" />
      </g>
      <g fill="#ffffff">
        <circle cx="16" cy="16" r="3.5" />
        <circle cx="9" cy="9" r="2.5" />
        <circle cx="23" cy="9" r="2.5" />
        <circle cx="9" cy="23" r="2.5" />
      </g>
      <circle cx="23" cy="23" r="2.5" fill="#f59e0b" />
    </svg>
  );
}

export function SiteLogo() {
  const t = useTranslations("common");
  return (
    <Link href="/" className="flex items-center gap-2.5 rounded-md py-1 text-stone-900 no-underline">
      <HubMark />
      <span className="flex flex-col leading-tight">
        <span className="text-lg font-bold tracking-wide">{t("shortName")}</span>
        <span className="hidden text-xs text-stone-600 2xl:block">{t("siteName")}</span>
      </span>
    </Link>
  );
}
