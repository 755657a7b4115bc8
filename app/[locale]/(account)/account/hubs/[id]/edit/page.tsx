import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { HubForm } from "@/components/hubs/form/hub-form";
import { HUB_FORM_MESSAGES } from "@/components/hubs/form/messages";
import { Text } from "@/components/ui/text";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { updateHubAction } from "@/lib/hubs/actions";
import { editRefusal } from "@/lib/hubs/commands";
import { getHubForEditing } from "@/lib/hubs/form-queries";
import { hubFormValues } from "@/lib/hubs/form-state";
import { strong } from "@/components/i18n/rich-text";

type Params = Promise<{ locale: string; id: string }>;

export const generateMetadata = pageMetadata({ title: "hubForms.editPage.metaTitle", path: ({ id }) => `/account/hubs/${id}/edit`, personal: true });

/** What saving does to a hub in each status the form can save. */
const WHAT_SAVING_DOES = { published: "published", pending: "pending", changes_requested: "changesRequested" } as const;

export default async function EditHubPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  setRequestLocale(locale as Locale);
  const user = await requireUser();
  const t = await getTranslations("hubForms.editPage");
  const hub = await getHubForEditing(user, id);
  if (!hub) notFound();
  const refusal = editRefusal(hub.status);
  const tHubs = await getTranslations("hubs");
  const savingDoes = WHAT_SAVING_DOES[hub.status as keyof typeof WHAT_SAVING_DOES];
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <p className="text-sm">
        <Link href="/account/hubs" className="text-brand-800 underline">
          {t("yourHubs")}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-stone-950 [overflow-wrap:anywhere]">{t("title", { name: hub.name })}</h1>
      <p className="mt-2 text-stone-700">
        {t.rich("status", { status: tHubs(`status.${hub.status}`), strong: strong })}{" "}
        {hub.status === "published" ? (
          <Link href={`/hubs/${hub.slug}`} className="text-brand-800 underline">
            {t("publicPage")}
          </Link>
        ) : null}
      </p>
      {hub.status === "changes_requested" && hub.moderatorMessage ? (
        <div className="mt-4 rounded-md border border-amber-600 bg-amber-50 px-4 py-3">
          <p className="font-semibold text-stone-950">{t("moderatorAsked")}</p>
          <p className="mt-1 whitespace-pre-line text-stone-800 [overflow-wrap:anywhere]">{hub.moderatorMessage}</p>
        </div>
      ) : null}
      {refusal ? (
        <p className="mt-6 rounded-md border border-stone-400 bg-white px-4 py-3 text-stone-900">
          <Text msg={refusal} />
        </p>
      ) : (
        <>
          {savingDoes ? <p className="mt-4 text-stone-800">{t(`whatSavingDoes.${savingDoes}`)}</p> : null}
          <div className="mt-8">
            <ClientMessages only={HUB_FORM_MESSAGES}>
              <HubForm mode="edit" action={updateHubAction} initial={{ ok: false, values: hubFormValues(hub) }} hubId={hub.id} />
            </ClientMessages>
          </div>
        </>
      )}
    </div>
  );
}
