import { useFormatter, useTranslations } from "next-intl";
import { Text } from "@/components/ui/text";
import type { Verdict } from "@/lib/p2p/applications/eligibility";

export type Choice = { id: string; name: string; countryCode: string; city?: string; placesLeft?: number | null; verdict: Verdict };

/**
 * Radio buttons for a step's hubs. One the rules refuse cannot be chosen, and says why beside
 * its name; the server checks the chosen one again.
 */
export function Choices({ name, choices, chosen }: { name: string; choices: readonly Choice[]; chosen: string | undefined }) {
  const t = useTranslations("p2pApply.steps");
  const format = useFormatter();
  return (
    <ul className="space-y-3">
      {choices.map((choice) => {
        const id = `${name}-${choice.id}`;
        const country = format.displayName(choice.countryCode, { type: "region" });
        return (
          <li key={choice.id} className="flex items-start gap-3">
            <input
              id={id}
              type="radio"
              name={name}
              value={choice.id}
              defaultChecked={chosen === choice.id}
              disabled={choice.verdict !== null && chosen !== choice.id}
              aria-describedby={choice.verdict ? `${id}-why` : undefined}
              className="mt-1 size-4 accent-brand-700"
            />
            <div>
              <label htmlFor={id} className={`font-medium ${choice.verdict ? "text-stone-600" : "text-stone-900"}`}>
                {choice.name}
              </label>
              <p className="text-sm text-stone-700">
                {choice.city ? t("place", { city: choice.city, country }) : country}
                {typeof choice.placesLeft === "number" ? ` · ${t("placesLeft", { count: Math.max(0, choice.placesLeft) })}` : null}
              </p>
              {choice.verdict ? (
                <p id={`${id}-why`} className="text-sm text-stone-700">
                  <Text msg={choice.verdict} />
                </p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
