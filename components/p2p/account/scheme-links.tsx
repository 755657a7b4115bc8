import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

const PARTS = [
  { href: "/account/p2p/hosting", key: "hosting" },
  { href: "/account/p2p/requests", key: "requests" },
  { href: "/account/p2p/membership", key: "membership" },
] as const;

/**
 * The other parts of the scheme for the person's hubs: hosting in a round, requests from
 * applicants (with how many wait for their answer), network membership.
 */
export function SchemeLinks({ waitingRequests }: { waitingRequests: number }) {
  const t = useTranslations("p2pAccount.hubs");
  return (
    <>
      <p className="text-stone-700">{t("intro")}</p>
      <ul className="mt-4 space-y-4">
        {PARTS.map((part) => (
          <li key={part.key}>
            <Link href={part.href} className="font-semibold">
              {t(`${part.key}.link`)}
            </Link>
            <p className="text-stone-700">{t(`${part.key}.text`)}</p>
            {part.key === "requests" ? <p className={waitingRequests ? "font-semibold" : "text-stone-700"}>{t("requests.waiting", { count: waitingRequests })}</p> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
