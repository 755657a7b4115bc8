import { getTranslations, setRequestLocale } from "next-intl/server";
import { linkTo } from "@/components/i18n/rich-text";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ApplySteps } from "@/components/p2p/apply/apply-steps";
import { Callout } from "@/components/p2p/apply/callout";
import { GrantSummary } from "@/components/p2p/apply/grant-summary";
import { PageContainer, PageIntro, Section } from "@/components/site/page";
import { ButtonForm } from "@/components/ui/button-form";
import { Text } from "@/components/ui/text";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { getCurrentUser } from "@/lib/auth/session";
import { calendarDay, isoDate } from "@/lib/calendar";
import { startApplicationAction } from "@/lib/p2p/applications/actions";
import { checkVisitingHub, checkWindow } from "@/lib/p2p/applications/eligibility";
import { computeGrant, roundRates, stayDays } from "@/lib/p2p/applications/grant";
import { applyChoices } from "@/lib/p2p/applications/queries";
import { applyQuerySchema } from "@/lib/p2p/applications/schema";
import { checkSteps, hostChoiceVerdict } from "@/lib/p2p/applications/steps";
import { nextRoundOpensOn, roundToApply } from "@/lib/p2p/rounds/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = pageMetadata({ title: "p2pApply.meta.title", path: "/p2p/apply", personal: true });

/** The messages the start button's refusals need in the browser. */
const START_MESSAGES = ["p2pApply.eligibility", "p2pApply.errors"];

/**
 * The eligibility check before the application: which hub, your role, which host, which dates,
 * how many people, each checked as you go; then the grant, and the draft. Per person, per request.
 */
export default async function P2PApplyPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  // Read first: the address makes the page render per request (it never is built ahead).
  const query = applyQuerySchema.parse(await searchParams);
  const now = new Date();
  const [t, round, nextOpensOn] = await Promise.all([getTranslations("p2pApply"), roundToApply(query.round, now), nextRoundOpensOn(now)]);

  if (!round) {
    return (
      <PageContainer narrow>
        <PageIntro title={t("title")} />
        <Callout>
          <p>{nextOpensOn ? t("noRound.next", { opensOn: calendarDay(nextOpensOn) }) : t("noRound.none")}</p>
          <p>{t.rich("noRound.more", { link: linkTo("/p2p") })}</p>
        </Callout>
      </PageContainer>
    );
  }

  const intro = (
    <PageIntro title={t("title")} eyebrow={round.name}>
      <p>{t("intro")}</p>
    </PageIntro>
  );
  const closed = checkWindow(round, now, nextOpensOn);
  const user = closed ? null : await getCurrentUser();
  if (closed || !user) {
    return (
      <PageContainer narrow>
        {intro}
        <Callout tone={closed ? "warning" : "info"}>
          {closed ? <p><Text msg={closed} /></p> : <p>{t.rich("signIn", { link: linkTo(`/sign-in?next=${encodeURIComponent(`/p2p/apply?round=${round.slug}`)}`), signUp: linkTo("/sign-up") })}</p>}
          <p>{t.rich("noRound.more", { link: linkTo("/p2p") })}</p>
        </Callout>
      </PageContainer>
    );
  }

  const { hubs, hosts, live, ended } = await applyChoices(user, round.id);
  if (live) {
    return (
      <PageContainer narrow>
        {intro}
        <Callout>
          <p>{t("already.text")}</p>
          <p>{t.rich("already.link", { link: linkTo(`/account/p2p/applications/${live.id}`) })}</p>
        </Callout>
      </PageContainer>
    );
  }

  // The round's slug is where the check is, not an answer.
  const asked = Object.entries(query).some(([key, v]) => key !== "round" && v !== undefined);
  const result = checkSteps(round, query, { hubs, hosts }, asked, now);
  const chosenHub = result.verdicts.hub === null ? (hubs.find((h) => h.id === query.hub) ?? null) : null;
  const rates = roundRates(round);
  const days = result.stay ? stayDays(result.stay.startsOn, result.stay.endsOn) : null;
  const grant = rates && days !== null && result.people !== null ? computeGrant(rates, days, result.people) : null;
  const choice = result.choice;

  return (
    <PageContainer narrow>
      {intro}
      {ended ? (
        <Callout tone="warning">
          <p>{t.rich("ended", { status: ended.status, link: linkTo(`/account/p2p/applications/${ended.id}`) })}</p>
        </Callout>
      ) : null}
      <div className="mt-8">
        <ApplySteps
          round={round}
          query={query}
          verdicts={result.verdicts}
          hubs={hubs.map((hub) => ({ ...hub, verdict: checkVisitingHub(round, hub) }))}
          hosts={hosts.map((host) => ({ ...host, verdict: hostChoiceVerdict(round, chosenHub, host) }))}
        />
      </div>
      {grant && rates && days !== null && result.people !== null ? (
        <Section id="grant" title={t("grant.title")}>
          <GrantSummary rates={rates} grant={grant} days={days} people={result.people} />
        </Section>
      ) : null}
      {choice ? (
        <Section id="start" title={t("start.title")}>
          <p className="mb-4 text-stone-700">{t("start.text")}</p>
          <ClientMessages only={START_MESSAGES}>
            <ButtonForm
              action={startApplicationAction}
              variant="primary"
              pendingLabel={t("start.pending")}
              fields={{
                roundId: round.id,
                visitingHubId: choice.visitingHubId,
                role: choice.role,
                hostHubId: choice.hostHubId,
                startsOn: isoDate(choice.startsOn),
                endsOn: isoDate(choice.endsOn),
                people: String(choice.people),
              }}
            >
              {t("start.button")}
            </ButtonForm>
          </ClientMessages>
        </Section>
      ) : null}
    </PageContainer>
  );
}
