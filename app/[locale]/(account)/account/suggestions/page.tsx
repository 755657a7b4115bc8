import { getTranslations, setRequestLocale } from "next-intl/server";
import { linkTo } from "@/components/i18n/rich-text";
import { PageContainer, PageIntro } from "@/components/site/page";
import { PageNotice } from "@/components/site/page-notice";
import { OwnSuggestions } from "@/components/tools/own-suggestions";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { requireUser } from "@/lib/auth/session";
import { listOwnSuggestions } from "@/lib/resources/suggestions/queries";

type Params = { params: Promise<{ locale: string }> };

export const generateMetadata = pageMetadata({ title: "toolSuggestions.meta.mine", path: "/account/suggestions", personal: true });

/** The member's suggestions for the library and what the team decided about each. */
export default async function OwnSuggestionsPage({ params }: Params) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const actor = await requireUser();
  const [t, suggestions] = await Promise.all([getTranslations("toolSuggestions.mine"), listOwnSuggestions(actor)]);
  return (
    <PageContainer narrow>
      <PageIntro title={t("title")}>
        <p>{t("intro")}</p>
        <p>{t.rich("suggest", { link: linkTo("/tools/suggest") })}</p>
      </PageIntro>
      <PageNotice page="accountSuggestions" className="mt-6" />
      <section aria-label={t("title")} className="mt-6">
        <OwnSuggestions suggestions={suggestions} />
      </section>
    </PageContainer>
  );
}
