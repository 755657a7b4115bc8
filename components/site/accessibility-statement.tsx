import { useTranslations } from "next-intl";
import { PageContainer, PageIntro, Prose } from "@/components/site/page";
import { linkTo } from "@/components/i18n/rich-text";

/** The accessibility statement: what the site aims for and does, as built. */
export function AccessibilityStatement() {
  const t = useTranslations("accessibility");
  const topics = useTranslations("contact.topics");
  return (
    <PageContainer narrow>
      <PageIntro title={t("intro.title")}>
        <p>{t("intro.lead")}</p>
      </PageIntro>
      <div className="mt-8">
        <Prose>
          <h2>{t("target.heading")}</h2>
          <p>{t("target.body")}</p>

          <h2>{t("able.heading")}</h2>
          <ul>
            <li>{t("able.keyboard")}</li>
            <li>{t("able.screenReader")}</li>
            <li>{t("able.zoom")}</li>
            <li>{t("able.contrast")}</li>
            <li>{t("able.forms")}</li>
            <li>{t("able.noScript")}</li>
          </ul>

          <h2>{t("map.heading")}</h2>
          <p>{t.rich("map.body", { map: linkTo("/map"), directory: linkTo("/hubs") })}</p>

          <h2>{t("known.heading")}</h2>
          <p>{t("known.body")}</p>

          <h2>{t("problem.heading")}</h2>
          <p>{t.rich("problem.body", { contact: linkTo("/contact?topic=accessibility"), topic: topics("accessibility") })}</p>

          <h2>{t("statement.heading")}</h2>
          <p>{t("statement.body")}</p>
        </Prose>
      </div>
    </PageContainer>
  );
}
