import { useTranslations } from "next-intl";
import { MAIN_NAV, SUPPORT_NAV, type NavItem } from "@/components/layout/nav-items";
import { Link } from "@/i18n/navigation";
import { PROGRAMME_ORGANISATIONS } from "@/lib/programme/partners";

function FooterLinks({ title, items }: { title: string; items: readonly NavItem[] }) {
  const t = useTranslations("common.nav");
  return (
    <div>
      <h2 className="text-sm font-semibold text-stone-900">{title}</h2>
      <ul className="mt-3 space-y-2">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="text-sm text-brand-800 underline hover:text-brand-900">
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SiteFooter() {
  const t = useTranslations("common.footer");
  const lead = PROGRAMME_ORGANISATIONS.filter((o) => o.role === "lead");
  const partners = PROGRAMME_ORGANISATIONS.filter((o) => o.role === "partner");
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white text-stone-700">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-10 sm:grid-cols-2 lg:grid-cols-4">
        <nav id="footer-nav" aria-label={t("label")} className="grid grid-cols-2 gap-6 sm:col-span-2 lg:col-span-2">
          <FooterLinks title={t("explore")} items={MAIN_NAV} />
          <FooterLinks title={t("help")} items={SUPPORT_NAV} />
        </nav>
        <div className="lg:col-span-2">
          <h2 className="text-sm font-semibold text-stone-900">{t("partnership")}</h2>
          <dl className="mt-3 space-y-2 text-sm">
            <div>
              <dt className="inline font-semibold text-stone-900">{t("lead")} </dt>
              <dd className="inline">{lead.map((o) => o.name).join(", ")}</dd>
            </div>
            <div>
              <dt className="inline font-semibold text-stone-900">{t("partners")} </dt>
              <dd className="inline">{partners.map((o) => `${o.name} (${o.city})`).join(", ")}</dd>
            </div>
          </dl>
          <div className="mt-6 flex items-start gap-4">
            {/* The European flag (3:2, drawn in public/eu-flag.svg): a file the browser keeps, not twelve stars in every page. */}
            {/* eslint-disable-next-line @next/next/no-img-element -- a small vector file, nothing to resize */}
            <img src="/eu-flag.svg" alt="" width={60} height={40} className="h-10 w-auto shrink-0 rounded-sm" />
            <div className="text-sm">
              <p className="font-semibold text-stone-900">{t("cofunded")}</p>
              <p className="mt-1 text-xs text-stone-600">
                {t("disclaimer")}
              </p>
            </div>
          </div>
        </div>
      </div>
      <div className="border-t border-stone-200">
        <p className="mx-auto max-w-6xl px-4 py-4 text-xs text-stone-600">{useTranslations("common")("siteName")}</p>
      </div>
    </footer>
  );
}
