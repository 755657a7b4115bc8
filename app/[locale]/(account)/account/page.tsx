import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ChangePasswordForm, DeleteAccountForm, LanguageForm, ProfileForm } from "@/components/account/account-forms";
import { ACCOUNT_FORM_MESSAGES } from "@/components/account/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageNotice } from "@/components/site/page-notice";
import { pageMetadata } from "@/i18n/alternates";
import { isLocale, type Locale } from "@/i18n/languages";
import { getOwnAccount } from "@/lib/auth/queries";
import { requireUser } from "@/lib/auth/session";
import { countReviewsToDo, sitsOnAPanel } from "@/lib/p2p/reviews/queries";
import { linkTo, strong } from "@/components/i18n/rich-text";

type Params = Promise<{ locale: string }>;

export const generateMetadata = pageMetadata({ title: "account.title", path: "/account", personal: true });

function Section({ id, title, children, intro }: { id: string; title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-stone-200 bg-white p-6">
      <h2 id={id} className="text-xl font-semibold">{title}</h2>
      {intro ? <p className="mt-1 text-stone-700">{intro}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

export default async function AccountPage({ params }: { params: Params }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const user = await requireUser();
  const [account, t, format, onAPanel, reviewsToDo] = await Promise.all([
    getOwnAccount(user.id),
    getTranslations("account"),
    getFormatter(),
    sitsOnAPanel(user),
    countReviewsToDo(user),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <div>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-stone-700">
          {t.rich("signedInAs", {
            email: account.email,
            role: account.role,
            since: format.dateTime(account.createdAt, { dateStyle: "long", timeZone: "Europe/Brussels" }),
            strong: strong,
          })}
        </p>
        <p className="mt-2">{t.rich("yourHubs", { link: linkTo("/account/hubs") })}</p>
        <p className="mt-2">{t.rich("yourApplications", { link: linkTo("/account/applications") })}</p>
        <p className="mt-2">{t.rich("yourP2P", { link: linkTo("/account/p2p") })}</p>
        <p className="mt-2">{t.rich("yourStories", { link: linkTo("/account/stories") })}</p>
        <p className="mt-2">{t.rich("yourSuggestions", { link: linkTo("/account/suggestions") })}</p>
        {onAPanel ? <p className="mt-2">{t.rich("yourReviews", { link: linkTo("/review"), count: reviewsToDo })}</p> : null}
        <PageNotice page="account" />
      </div>
      <ClientMessages only={ACCOUNT_FORM_MESSAGES}>
        <Section id="details" title={t("details.title")}>
          <ProfileForm name={account.name} />
        </Section>
        <Section id="language" title={t("language.title")} intro={t("language.intro")}>
          <LanguageForm current={isLocale(account.locale) ? account.locale : locale} />
        </Section>
        <Section id="password" title={t("password.title")} intro={t("password.intro")}>
          <ChangePasswordForm />
        </Section>
        <Section id="delete" title={t("delete.title")} intro={t("delete.intro")}>
          <DeleteAccountForm />
        </Section>
      </ClientMessages>
    </div>
  );
}
