import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmptyState, PageContainer, PageIntro, Prose, Section } from "@/components/site/page";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { linkTo } from "@/components/i18n/rich-text";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageMetadata({ title: "placeholders.tools.meta.title", description: "placeholders.tools.meta.description", path: "/tools" });

export default async function ToolsPage({ params }: Props) {
  setRequestLocale((await params).locale as Locale);
  const t = await getTranslations("placeholders.tools");
  return (
    <PageContainer>
      <PageIntro title={t("intro.title")} eyebrow={t("intro.eyebrow")}>
        <p>{t("intro.lead")}</p>
      </PageIntro>

      <Section title={t("about.title")} id="about-tools">
        <Prose>
          <p>{t.rich("about.body", { events: linkTo("/events") })}</p>
        </Prose>
      </Section>

      <Section title={t("resources.title")} id="resources">
        <EmptyState title={t("resources.empty")}>
          <p>{t.rich("resources.body", { contact: linkTo("/contact?topic=general") })}</p>
        </EmptyState>
      </Section>
    </PageContainer>
  );
}
