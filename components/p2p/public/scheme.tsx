import { useTranslations } from "next-intl";
import { Prose, Section } from "@/components/site/page";
import { strong } from "@/components/i18n/rich-text";

const STEPS = ["pick", "check", "apply", "agree", "review"] as const;

/** The scheme in a few paragraphs: what an exchange is for, who can apply, what the grant covers, the host's agreement, the steps. */
export function P2PScheme() {
  const t = useTranslations("p2p");
  return (
    <>
      <Section title={t("purpose.title")} id="purpose">
        <Prose>
          <p>{t("purpose.intro")}</p>
          <ul>
            <li>{t("purpose.share")}</li>
            <li>{t("purpose.project")}</li>
            <li>{t("purpose.meet")}</li>
          </ul>
          <p>{t("scheme.launched")}</p>
        </Prose>
      </Section>

      <Section title={t("scheme.title")} id="scheme">
        <Prose>
          <h3>{t("scheme.who.title")}</h3>
          <p>{t("scheme.who.body")}</p>
          <h3>{t("scheme.grant.title")}</h3>
          <p>{t("scheme.grant.body")}</p>
          <h3>{t("scheme.host.title")}</h3>
          <p>{t("scheme.host.body")}</p>
          <h3>{t("scheme.steps.title")}</h3>
          <ol>
            {STEPS.map((step) => (
              <li key={step}>{t.rich(`scheme.steps.${step}`, { strong })}</li>
            ))}
          </ol>
        </Prose>
      </Section>
    </>
  );
}
