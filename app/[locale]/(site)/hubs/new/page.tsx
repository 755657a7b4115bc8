import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { HubForm } from "@/components/hubs/form/hub-form";
import { HUB_FORM_MESSAGES } from "@/components/hubs/form/messages";
import { PageContainer, PageIntro } from "@/components/site/page";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { requireUser } from "@/lib/auth/session";
import { hubFormAction } from "@/lib/hubs/actions";
import { getOwnHubDraft } from "@/lib/hubs/drafts";
import type { HubFormState } from "@/lib/hubs/form-state";
import { SITE_TIME_ZONE } from "@/lib/timestamps";

type Params = Promise<{ locale: string }>;

export const generateMetadata = pageMetadata({ title: "hubForms.newPage.title", path: "/hubs/new", personal: true });

export default async function NewHubPage({ params, searchParams }: { params: Params; searchParams: Promise<{ draft?: string | string[] }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const user = await requireUser();
  const t = await getTranslations("hubForms.newPage");
  const format = await getFormatter();
  const { draft: draftId } = await searchParams;
  const draft = typeof draftId === "string" ? await getOwnHubDraft(user, draftId) : null;
  if (draftId !== undefined && !draft) notFound();
  const initial: HubFormState = { ok: false, values: draft ? { ...draft.values, draftId: draft.id } : { contactEmail: user.email } };
  const savedAt = draft
    ? format.dateTime(draft.updatedAt, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: SITE_TIME_ZONE })
    : "";
  return (
    <PageContainer narrow>
      <PageIntro title={t("title")} eyebrow={t("eyebrow")}>
        <p>{t("intro")}</p>
      </PageIntro>
      {draft ? (
        <p className="mt-6 rounded-md border border-brand-700 bg-brand-50 px-4 py-3 text-stone-900 [overflow-wrap:anywhere]">
          {t("finishingDraft", { name: draft.name, savedAt })}
        </p>
      ) : null}
      <div className="mt-8">
        <ClientMessages only={HUB_FORM_MESSAGES}>
          <HubForm mode="create" action={hubFormAction} initial={initial} />
        </ClientMessages>
      </div>
    </PageContainer>
  );
}
