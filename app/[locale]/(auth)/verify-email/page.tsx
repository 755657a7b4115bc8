import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { VerifyEmailForm } from "@/components/auth/auth-forms";
import { AUTH_FORM_MESSAGES } from "@/components/auth/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { linkTo } from "@/components/i18n/rich-text";

type Params = Promise<{ locale: string }>;

export const generateMetadata = pageMetadata({ title: "auth.verifyEmail.title", path: "/verify-email", personal: true });

// Confirming takes a click (a POST), so that mail scanners that open links do not use them up.
export default async function VerifyEmailPage({ params, searchParams }: { params: Params; searchParams: Promise<{ token?: string }> }) {
  setRequestLocale((await params).locale as Locale);
  const { token } = await searchParams;
  const t = await getTranslations("auth.verifyEmail");
  return (
    <AuthCard title={t("title")}>
      {token ? (
        <div className="space-y-4">
          <p>{t("lastStep")}</p>
          <ClientMessages only={AUTH_FORM_MESSAGES.verify}>
            <VerifyEmailForm token={token} />
          </ClientMessages>
        </div>
      ) : (
        <p>{t.rich("incomplete", { link: linkTo("/sign-in") })}</p>
      )}
    </AuthCard>
  );
}
