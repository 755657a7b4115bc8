import { getTranslations } from "next-intl/server";
import { AgreementForm } from "@/components/p2p/grant/agreement-form";

/** The grant agreement on the applicant's page: the terms to read and the form while it is to sign, then what was signed, as typed, and when. */
export async function AgreementSection({ applicationId, terms, signed }: { applicationId: string; terms: string; signed: { at: Date; name: string } | null }) {
  const t = await getTranslations("p2pGrant.agreement");
  return (
    <div className="space-y-4">
      <p className={signed ? undefined : "text-stone-700"}>{signed ? t("signed", { at: signed.at, name: signed.name }) : t("intro")}</p>
      <div role="group" aria-label={signed ? t("signedHeading") : t("termsHeading")} className="rounded-md border border-stone-300 bg-stone-50 px-4 py-3 break-words whitespace-pre-wrap text-stone-900">
        {terms}
      </div>
      {signed ? null : <AgreementForm applicationId={applicationId} />}
    </div>
  );
}
