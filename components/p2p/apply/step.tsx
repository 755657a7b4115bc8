import { useTranslations } from "next-intl";
import { Text } from "@/components/ui/text";
import type { Verdict } from "@/lib/p2p/applications/eligibility";

/**
 * One step of the eligibility check: a fieldset with its number and question, its hint, and
 * the rules' refusal beside it (linked to the fieldset, so it is read with the question).
 */
export function Step({ n, id, legend, hint, verdict, children }: { n: number; id: string; legend: string; hint?: string; verdict: Verdict; children: React.ReactNode }) {
  const t = useTranslations("p2pApply.steps");
  const described = [hint ? `${id}-hint` : "", verdict ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset id={id} aria-describedby={described} className={`rounded-xl border bg-white p-5 sm:p-6 ${verdict ? "border-red-700" : "border-stone-200"}`}>
      <legend className="px-1 text-lg font-semibold text-stone-950">{t("legend", { n, question: legend })}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-700">
          {hint}
        </p>
      ) : null}
      {verdict ? (
        <p id={`${id}-error`} className="mt-2 rounded-md border-l-4 border-red-700 bg-red-50 px-3 py-2 font-medium text-red-900">
          <Text msg={verdict} />
        </p>
      ) : null}
      <div className="mt-3">{children}</div>
    </fieldset>
  );
}
