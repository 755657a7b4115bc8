import { useTranslations } from "next-intl";
import { OrganisationCard } from "@/components/site/organisation-card";
import { EmptyState, PageContainer, PageIntro, Prose, Section } from "@/components/site/page";
import type { ProgrammeOrganisationCard } from "@/lib/programme/queries";
import { linkTo, strong } from "@/components/i18n/rich-text";

/** The about page: the network, the programme and the organisations behind it. */
export function AboutNetwork({ organisations }: { organisations: readonly ProgrammeOrganisationCard[] }) {
  const t = useTranslations("about");
  const lead = organisations.filter((o) => o.role === "lead");
  const partners = organisations.filter((o) => o.role === "partner");
  return (
    <PageContainer>
      <PageIntro title={t("intro.title")} eyebrow={t("intro.eyebrow")}>
        <p>{t("intro.lead")}</p>
      </PageIntro>

      <Section title={t("programme.title")} id="programme">
        <Prose>
          <p>{t("programme.body")}</p>
          <p>{t("programme.aimsIntro")}</p>
          <ul>
            <li>{t("programme.aims.community")}</li>
            <li>{t("programme.aims.training")}</li>
            <li>{t("programme.aims.champion")}</li>
          </ul>
        </Prose>
      </Section>

      <Section title={t("offers.title")} id="offers">
        <Prose>
          <ul>
            <li>{t.rich("offers.fora", { strong, events: linkTo("/events") })}</li>
            <li>{t.rich("offers.workshops", { strong })}</li>
            <li>{t.rich("offers.p2p", { strong, p2p: linkTo("/p2p") })}</li>
            <li>{t.rich("offers.platform", { strong, map: linkTo("/map"), tools: linkTo("/tools"), news: linkTo("/news") })}</li>
          </ul>
        </Prose>
      </Section>

      <Section title={t("partners.title")} id="partners">
        {organisations.length === 0 ? (
          <EmptyState title={t("partners.empty")} />
        ) : (
          <>
            <h3 className="text-lg font-semibold text-stone-900">{t("partners.lead")}</h3>
            <ul className="mt-3 grid gap-4 md:grid-cols-2">
              {lead.map((o) => (
                <li key={o.slug}>
                  <OrganisationCard organisation={o} />
                </li>
              ))}
            </ul>
            <h3 className="mt-8 text-lg font-semibold text-stone-900">{t("partners.partners")}</h3>
            <ul className="mt-3 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
              {partners.map((o) => (
                <li key={o.slug}>
                  <OrganisationCard organisation={o} />
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section title={t("join.title")} id="join">
        <Prose>
          <p>{t.rich("join.body", { signUp: linkTo("/sign-up"), contact: linkTo("/contact") })}</p>
        </Prose>
      </Section>
    </PageContainer>
  );
}
