import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { linkTo } from "@/components/i18n/rich-text";
import { PageContainer, PageIntro } from "@/components/site/page";
import { SuggestResourceForm } from "@/components/tools/suggest-form";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { requireUser } from "@/lib/auth/session";
import { suggestResourceAction } from "@/lib/resources/suggestions/actions";
import { MAX_PENDING_SUGGESTIONS } from "@/lib/resources/suggestions/limits";
import { countOwnPendingSuggestions } from "@/lib/resources/suggestions/queries";

type Params = { params: Promise<{ locale: string }> };

export const generateMetadata = pageMetadata({ title: "toolSuggestions.meta.suggest", path: "/tools/suggest", personal: true });

/** Members suggest a resource for the library; visitors are sent to sign in and come back here. */
export default async function SuggestResourcePage({ params }: Params) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const actor = await requireUser();
  const [t, pending] = await Promise.all([getTranslations("toolSuggestions.suggest"), countOwnPendingSuggestions(actor)]);
  return (
    <PageContainer narrow>
      <PageIntro title={t("title")}>
        <p>{t("intro")}</p>
        <p>{t.rich("yours", { link: linkTo("/account/suggestions") })}</p>
      </PageIntro>
      <div className="mt-8 rounded-xl border border-stone-200 bg-white p-5">
        {pending >= MAX_PENDING_SUGGESTIONS ? (
          <p className="text-stone-800">{t("full", { max: MAX_PENDING_SUGGESTIONS })}</p>
        ) : (
          <ClientMessages only={["toolSuggestions.suggest", "toolSuggestions.errors"]}>
            <SuggestResourceForm action={suggestResourceAction} />
          </ClientMessages>
        )}
      </div>
      <p className="mt-6">{t.rich("library", { link: linkTo("/tools") })}</p>
    </PageContainer>
  );
}
