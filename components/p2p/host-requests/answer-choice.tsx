import { useTranslations } from "next-intl";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { AcceptRequestForm, DeclineRequestForm } from "./answer-forms";
import { HOST_ANSWER_MESSAGES } from "./messages";

/** The answer the owner chose to give, from the page's `?answer=`; anything else is no choice yet. */
export type AnswerChoice = "accept" | "decline" | null;

export const answerChoice = (value: string | undefined): AnswerChoice => (value === "accept" || value === "decline" ? value : null);

type Props = { requestId: string; applicant: string; hub: string; round: string; choice: AnswerChoice };

/**
 * The host's answer, in two steps as the applicant's withdrawal is: a link for each answer,
 * then the chosen one alone, saying what it does and that it is final, with its form and a
 * way back. Links and a plain form: it works from the keyboard and without scripts.
 */
export function AnswerChoiceSection({ requestId, applicant, hub, round, choice }: Props) {
  const t = useTranslations("p2pHostRequests.detail");
  const page = `/account/p2p/requests/${requestId}`;
  if (!choice) {
    return (
      <>
        <p>{t("answerIntro", { applicant, hub })}</p>
        <ul className="mt-4 space-y-3">
          <li>
            <Link href={`${page}?answer=accept#answer`}>{t("acceptLink")}</Link>
          </li>
          <li>
            <Link href={`${page}?answer=decline#answer`}>{t("declineLink")}</Link>
          </li>
        </ul>
      </>
    );
  }
  const accept = choice === "accept";
  return (
    <section aria-labelledby="answer-question" className={`rounded-md border-2 p-5 ${accept ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50"}`}>
      <h3 id="answer-question" className="text-xl font-semibold">
        {accept ? t("acceptQuestion", { applicant }) : t("declineQuestion", { applicant })}
      </h3>
      <p className="mt-2">{accept ? t("acceptWhat", { applicant, hub, round }) : t("declineWhat", { applicant })}</p>
      <div className="mt-4">
        <ClientMessages only={HOST_ANSWER_MESSAGES}>
          {accept ? <AcceptRequestForm requestId={requestId} applicant={applicant} /> : <DeclineRequestForm requestId={requestId} applicant={applicant} />}
        </ClientMessages>
      </div>
      <p className="mt-4">
        <Link href={`${page}#answer`}>{t("notNow")}</Link>
      </p>
    </section>
  );
}
