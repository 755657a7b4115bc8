import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/auth-forms";
import { AUTH_FORM_MESSAGES } from "@/components/auth/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { resetLinkIsValid } from "@/lib/auth/queries";
import { linkTo } from "@/components/i18n/rich-text";

type Params = Promise<{ locale: string }>;

export const generateMetadata = pageMetadata({ title: "auth.resetPassword.title", path: "/reset-password", personal: true });

export default async function ResetPasswordPage({ params, searchParams }: { params: Params; searchParams: Promise<{ token?: string }> }) {
  setRequestLocale((await params).locale as Locale);
  const { token } = await searchParams;
  const t = await getTranslations("auth.resetPassword");
  if (!token || !(await resetLinkIsValid(token))) {
    return (
      <AuthCard title={t("expiredTitle")}>
        <p>{t.rich("expired", { link: linkTo("/forgot-password") })}</p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("title")} intro={t("intro")}>
      <ClientMessages only={AUTH_FORM_MESSAGES.resetPassword}>
        <ResetPasswordForm token={token} />
      </ClientMessages>
    </AuthCard>
  );
}
