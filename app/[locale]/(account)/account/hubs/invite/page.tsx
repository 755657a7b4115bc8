import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AcceptInviteForm } from "@/components/account/hubs/owner-forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageContainer, PageIntro } from "@/components/site/page";
import { languageAlternates } from "@/i18n/alternates";
import { localePath, type Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { countryName } from "@/lib/countries";
import { findInvitation, ownsHub } from "@/lib/hubs/ownership/queries";
import { linkTo, strong } from "@/components/i18n/rich-text";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "hubManagement.invite" });
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer", alternates: languageAlternates(locale as Locale, "/account/hubs/invite") };
}

const box = "mt-6 rounded-xl border border-stone-200 bg-white p-6 space-y-4";

// Accepting takes a click (a POST), so that mail scanners opening the link do not use it up.
// Visitors see the invitation too: holding the emailed link is what entitles one to it.
export default async function HubInvitePage({ params, searchParams }: { params: Params; searchParams: Promise<{ token?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations("hubManagement.invite");
  const format = await getFormatter();
  const { token } = await searchParams;
  const invitation = token ? await findInvitation(token) : null;
  if (!token || !invitation) {
    return (
      <PageContainer narrow>
        <PageIntro title={t("title")}>
          <p>{t("invalid")}</p>
        </PageIntro>
      </PageContainer>
    );
  }

  const actor = await getCurrentUser();
  const { hub, email } = invitation;
  const inviter = invitation.invitedBy?.name;
  const hasInviter = inviter ? "yes" : "no";
  const isInvitee = actor?.email.toLowerCase() === email;
  // Signed in, they come back to this page in this language.
  const here = localePath(locale as Locale, `/account/hubs/invite?token=${encodeURIComponent(token)}`);
  const myHubs = linkTo("/account/hubs");

  let body: React.ReactNode;
  if (invitation.state === "used") {
    body = <p>{t.rich("used", { hubs: myHubs })}</p>;
  } else if (invitation.state === "expired") {
    body = <p>{t("expired", { date: format.dateTime(invitation.expires, { dateStyle: "long" }), hasInviter, inviter: inviter ?? "" })}</p>;
  } else if (!actor) {
    body = (
      <>
        <p>{t.rich("signIn", { email, strong })}</p>
        <p>
          <Link href={`/sign-in?next=${encodeURIComponent(here)}`} className="inline-flex rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-800">
            {t("signInButton")}
          </Link>
        </p>
        <p>{t.rich("signUp", { email, signUp: linkTo("/sign-up") })}</p>
      </>
    );
  } else if (!isInvitee) {
    body = (
      <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900">
        {t.rich("wrongAccount", { invited: email, current: actor.email, strong })}
      </p>
    );
  } else if (await ownsHub(actor, hub.id)) {
    body = <p>{t.rich("alreadyOwner", { hub: hub.name, hubs: myHubs })}</p>;
  } else {
    body = (
      <>
        <p>{t("accept", { hub: hub.name })}</p>
        <ClientMessages only={["hubManagement.ownerForms", "hubManagement.ownership.errors"]}>
          <AcceptInviteForm token={token} hubName={hub.name} />
        </ClientMessages>
      </>
    );
  }

  return (
    <PageContainer narrow>
      <PageIntro title={t("title")}>
        <p>
          {t.rich("intro", {
            hasInviter,
            inviter: inviter ?? "",
            invitee: isInvitee ? "you" : "other",
            email,
            hub: hub.name,
            place: `${hub.city}, ${countryName(hub.countryCode, locale)}`,
            strong,
          })}
        </p>
      </PageIntro>
      <div className={box}>{body}</div>
    </PageContainer>
  );
}
