import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer, PageIntro, Prose } from "@/components/site/page";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { requireUser } from "@/lib/auth/session";
import { getOwnHubSummary } from "@/lib/hubs/form-queries";
import { countryName } from "@/lib/countries";
import { linkTo, strong } from "@/components/i18n/rich-text";

type Params = Promise<{ locale: string }>;

export const generateMetadata = pageMetadata({ title: "hubForms.submittedPage.metaTitle", path: "/hubs/new/submitted", personal: true });

export default async function HubSubmittedPage({ params, searchParams }: { params: Params; searchParams: Promise<{ hub?: string | string[] }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const user = await requireUser();
  const t = await getTranslations("hubForms.submittedPage");
  const { hub: hubId } = await searchParams;
  const hub = typeof hubId === "string" ? await getOwnHubSummary(user, hubId) : null;
  if (!hub) notFound();
  return (
    <PageContainer narrow>
      <PageIntro title={t("title")} eyebrow={t("eyebrow")}>
        <p role="status" className="[overflow-wrap:anywhere]">
          {t.rich("received", { name: hub.name, place: `${hub.city}, ${countryName(hub.countryCode, locale)}`, strong: strong })}
        </p>
      </PageIntro>
      <div className="mt-10">
        <Prose>
          <h2>{t("nextHeading")}</h2>
          <ol>
            <li>{t("nextCheck")}</li>
            <li>{t("nextEmail")}</li>
            <li>{t("nextPrivate")}</li>
          </ol>
          <p>
            {t.rich("follow", {
              yourHubs: linkTo("/account/hubs"),
              edit: linkTo(`/account/hubs/${hub.id}/edit`),
            })}{" "}
            {t.rich("another", { add: linkTo("/hubs/new") })}
          </p>
        </Prose>
      </div>
    </PageContainer>
  );
}
