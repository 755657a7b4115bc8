import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmptyState, PageContainer, PageIntro, Prose, Section } from "@/components/site/page";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { linkTo } from "@/components/i18n/rich-text";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageMetadata({ title: "placeholders.p2p.meta.title", description: "placeholders.p2p.meta.description", path: "/p2p" });

export default async function P2PPage({ params }: Props) {
  setRequestLocale((await params).locale as Locale);
  const t = await getTranslations("placeholders.p2p");
  return (
    <PageContainer>
      <PageIntro title={t("intro.title")} eyebrow={t("intro.eyebrow")}>
        <p>{t("intro.lead")}</p>
      </PageIntro>

      <Section title={t("purpose.title")} id="purpose">
        <Prose>
          <p>{t("purpose.intro")}</p>
          <ul>
            <li>{t("purpose.share")}</li>
            <li>{t("purpose.project")}</li>
            <li>{t("purpose.meet")}</li>
          </ul>
        </Prose>
      </Section>

      <Section title={t("applications.title")} id="applications">
        <EmptyState title={t("applications.empty")}>
          <p>
            {t.rich("applications.body", {
              signUp: linkTo("/sign-up"),
              contact: linkTo("/contact?topic=p2p"),
            })}
          </p>
        </EmptyState>
      </Section>
    </PageContainer>
  );
}
