import { useTranslations } from "next-intl";
import { MAIN_NAV } from "@/components/layout/nav-items";
import { PageContainer, PageIntro } from "@/components/site/page";
import { Link } from "@/i18n/navigation";

export function NotFoundPage() {
  const t = useTranslations("common.notFound");
  const nav = useTranslations("common.nav");
  return (
    <PageContainer narrow>
      <title>{t("title")}</title>
      <PageIntro title={t("heading")}>
        <p>{t("body")}</p>
      </PageIntro>
      <p className="mt-8">
        <Link href="/" className="font-semibold text-brand-800 underline hover:text-brand-900">
          {t("home")}
        </Link>
      </p>
      <h2 className="mt-8 text-lg font-semibold text-stone-950">{t("orGoTo")}</h2>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {MAIN_NAV.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="text-brand-800 underline hover:text-brand-900">
              {nav(item.label)}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/contact" className="text-brand-800 underline hover:text-brand-900">
            {t("contact")}
          </Link>
        </li>
      </ul>
    </PageContainer>
  );
}
