import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmptyState, PageContainer, PageIntro, Section } from "@/components/site/page";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { linkTo } from "@/components/i18n/rich-text";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageMetadata({ title: "placeholders.news.meta.title", description: "placeholders.news.meta.description", path: "/news" });

export default async function NewsPage({ params }: Props) {
  setRequestLocale((await params).locale as Locale);
  const t = await getTranslations("placeholders.news");
  return (
    <PageContainer>
      <PageIntro title={t("intro.title")} eyebrow={t("intro.eyebrow")}>
        <p>{t("intro.lead")}</p>
      </PageIntro>

      <Section title={t("latest.title")} id="latest">
        <EmptyState title={t("latest.empty")}>
          <p>{t.rich("latest.body", { contact: linkTo("/contact?topic=press") })}</p>
        </EmptyState>
      </Section>
    </PageContainer>
  );
}
