import { useTranslations } from "next-intl";
import { periodText, RetentionTable } from "@/components/privacy/retention-table";
import { PageContainer, PageIntro, Prose } from "@/components/site/page";
import { LANGUAGE_COOKIE } from "@/i18n/languages";
import { SESSION_DAYS } from "@/lib/auth/rules";
import { tileServerHost } from "@/lib/map/tiles";
import { RETENTION } from "@/lib/retention/periods";
import { code, linkTo, strong } from "@/components/i18n/rich-text";

// Written from what the code does. Periods come from lib/retention/periods.ts (what the
// retention job deletes by) and the tile server from the build's NEXT_PUBLIC_TILE_URL, so
// the page is static: it reads nothing from the request.

const CONTACT = "/contact?topic=privacy";

export function PrivacyNotice() {
  const t = useTranslations("privacy");
  const topics = useTranslations("contact.topics");
  const tiles = tileServerHost();
  const needsPeriod = periodText(useTranslations("privacy.retention"), RETENTION.applicationNeeds.period);
  return (
    <PageContainer narrow>
      <PageIntro title={t("intro.title")}>
        <p>{t("intro.lead")}</p>
      </PageIntro>
      <div className="mt-8">
        <Prose>
          <h2>{t("responsible.heading")}</h2>
          <p>{t.rich("responsible.body", { contact: linkTo(CONTACT), topic: topics("privacy") })}</p>

          <h2>{t("stored.heading")}</h2>
          <p>{t("stored.intro")}</p>

          <h3>{t("account.heading")}</h3>
          <p>{t.rich("account.body", { strong })}</p>

          <h3>{t("hubs.heading")}</h3>
          <p>{t.rich("hubs.body", { strong })}</p>

          <h3>{t("hubMessages.heading")}</h3>
          <p>{t.rich("hubMessages.body", { strong })}</p>

          <h3>{t("contactMessages.heading")}</h3>
          <p>{t.rich("contactMessages.body", { strong, contact: linkTo("/contact") })}</p>

          <h3>{t("applications.heading")}</h3>
          <p>{t.rich("applications.body", { strong })}</p>
          <p>{t.rich("applications.needs", { strong, period: needsPeriod })}</p>

          <h3>{t("emailsSent.heading")}</h3>
          <p>{t("emailsSent.body")}</p>

          <h3>{t("audit.heading")}</h3>
          <p>{t.rich("audit.body", { strong })}</p>

          <h3>{t("abuse.heading")}</h3>
          <p>{t.rich("abuse.body", { strong })}</p>

          <h3>{t("logs.heading")}</h3>
          <p>{t("logs.body")}</p>

          <h2>{t("recipients.heading")}</h2>
          <ul>
            <li>{t.rich("recipients.tiles", { strong, tiles })}</li>
            <li>{t.rich("recipients.email", { strong })}</li>
            <li>{t.rich("recipients.hubs", { strong })}</li>
            <li>{t.rich("recipients.everyone", { strong })}</li>
          </ul>

          <h2>{t("keeping.heading")}</h2>
          <p>{t("keeping.body")}</p>
          <RetentionTable />

          <h2>{t("cookies.heading")}</h2>
          <p>{t.rich("cookies.body", { code, days: SESSION_DAYS, languageCookie: LANGUAGE_COOKIE })}</p>

          <h2>{t("rights.heading")}</h2>
          <ul>
            <li>
              {t.rich("rights.see", {
                strong,
                account: linkTo("/account"),
                hubs: linkTo("/account/hubs"),
                applications: linkTo("/account/applications"),
              })}
            </li>
            <li>{t.rich("rights.delete", { strong, delete: linkTo("/account#delete") })}</li>
            <li>{t.rich("rights.ask", { strong, contact: linkTo(CONTACT) })}</li>
            <li>{t("rights.complain")}</li>
          </ul>

          <h2>{t("changes.heading")}</h2>
          <p>{t("changes.body")}</p>
        </Prose>
      </div>
    </PageContainer>
  );
}
