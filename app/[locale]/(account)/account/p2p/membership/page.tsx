import { getTranslations, setRequestLocale } from "next-intl/server";
import { MembershipRequestForm } from "@/components/account/p2p/membership-request-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { linkTo } from "@/components/i18n/rich-text";
import { EmptyState, PageContainer, PageIntro, Section } from "@/components/site/page";
import { PageNotice } from "@/components/site/page-notice";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { calendarDay } from "@/lib/calendar";
import { countryName } from "@/lib/countries";
import { listOwnHubsForMembership, type OwnHubMembership } from "@/lib/p2p/membership/queries";
import { MEMBERSHIP_CRITERIA } from "@/lib/p2p/membership/rules";

type Params = Promise<{ locale: string }>;

/** What the request form says, and what its action answers (the workflow's refusal included). */
const FORM_MESSAGES = ["p2pMembership.form", "p2pMembership.kinds", "p2pMembership.errors", "p2p.membership"];

export const generateMetadata = pageMetadata({ title: "p2pMembership.title", path: "/account/p2p/membership", personal: true });

type Words = Awaited<ReturnType<typeof getTranslations<"p2pMembership">>>;

/** Where the hub stands: a member, a request waiting, or the form (after the last answer when it was no). */
function Standing({ hub, t }: { hub: OwnHubMembership; t: Words }) {
  const { standing } = hub;
  if (standing.state === "member") return <p>{t("hubs.member", { kind: standing.kind, since: calendarDay(standing.since) })}</p>;
  if (standing.state === "pending") return <p>{t("hubs.pending", { kind: standing.kind, sentOn: standing.sentOn })}</p>;
  return (
    <div className="space-y-4">
      <p>{t("hubs.notMember")}</p>
      {standing.declined ? (
        <div className="rounded-md border border-amber-600 bg-amber-50 px-4 py-3 text-stone-900">
          {standing.declined.on ? <p>{t("hubs.declined", { on: standing.declined.on })}</p> : null}
          {standing.declined.message ? <p className="mt-1 whitespace-pre-wrap">{t("hubs.declinedReason", { message: standing.declined.message })}</p> : null}
        </div>
      ) : null}
      <MembershipRequestForm hubId={hub.id} hubName={hub.name} />
    </div>
  );
}

export default async function OwnMembershipPage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const actor = await requireUser();
  const [t, hubs] = await Promise.all([getTranslations("p2pMembership"), listOwnHubsForMembership(actor)]);
  return (
    <PageContainer narrow>
      <p>{t.rich("back", { link: linkTo("/account/p2p") })}</p>
      <div className="mt-4">
        <PageIntro title={t("title")}>
          <p>{t("intro")}</p>
        </PageIntro>
      </div>
      <PageNotice page="accountP2PMembership" className="mt-6" />

      <Section id="kinds" title={t("kinds.heading")}>
        <dl className="space-y-3">
          {(["regular", "associate"] as const).map((kind) => (
            <div key={kind}>
              <dt className="font-semibold text-stone-950">{t(`kinds.${kind}.name`)}</dt>
              <dd className="text-stone-800">{t(`kinds.${kind}.text`)}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-stone-700">{t("kinds.fee")}</p>
      </Section>

      <Section id="criteria" title={t("criteria.heading")}>
        <p className="text-stone-800">{t("criteria.intro")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-stone-800">
          {MEMBERSHIP_CRITERIA.map((code) => (
            <li key={code}>{t(`criteria.${code}`)}</li>
          ))}
        </ul>
      </Section>

      <Section id="hubs" title={t("hubs.heading")}>
        {hubs.length === 0 ? (
          <EmptyState title={t("hubs.heading")}>
            <p>{t.rich("hubs.none", { link: linkTo("/account/hubs") })}</p>
          </EmptyState>
        ) : (
          <ClientMessages only={FORM_MESSAGES}>
            <ul className="space-y-6">
              {hubs.map((hub) => (
                <li key={hub.id}>
                  <article aria-labelledby={`hub-${hub.id}`} className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6 [overflow-wrap:anywhere]">
                    <h3 id={`hub-${hub.id}`} className="text-xl font-semibold text-stone-950">
                      <Link href={`/hubs/${hub.slug}`}>{hub.name}</Link>
                    </h3>
                    <p className="text-stone-700">
                      {hub.city}, {countryName(hub.countryCode, locale)}
                    </p>
                    <div className="mt-3 text-stone-800">
                      <Standing hub={hub} t={t} />
                    </div>
                  </article>
                </li>
              ))}
            </ul>
          </ClientMessages>
        )}
      </Section>
    </PageContainer>
  );
}
