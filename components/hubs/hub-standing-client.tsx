"use client";
// "Is this your hub?" on a hub's page. The page is cached for everyone, so who is looking is
// asked after load: a manager gets the way to edit it, someone who asked is told where the
// request stands, a signed-in person may ask to manage it, and a visitor may sign in first.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { AskToManage } from "@/components/hubs/ask-to-manage";
import { localePath } from "@/i18n/languages";
import type { HubStanding as Standing } from "@/lib/hubs/ownership/rules";
import { linkTo } from "@/components/i18n/rich-text";

/** Its words come from "hubManagement.standing" and "hubManagement.askToManage" (HubStanding passes them). */
export function HubStandingClient({ hub }: { hub: { id: string; name: string; slug: string } }) {
  const [standing, setStanding] = useState<Standing | "signed-out" | null>(null);
  const t = useTranslations("hubManagement.standing");
  const locale = useLocale();
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/hubs/${encodeURIComponent(hub.id)}/standing`, { signal: controller.signal, cache: "no-store" })
      .then((r) => (r.ok ? r.json() : { standing: null }))
      .then((body: { standing: Standing | "signed-out" | null }) => setStanding(body.standing))
      .catch(() => undefined);
    return () => controller.abort();
  }, [hub.id]);

  switch (standing) {
    case "owner":
      return (
        <p>
          {t.rich("owner", {
            hub: hub.name,
            edit: linkTo(`/account/hubs/${hub.id}/edit`),
            hubs: linkTo("/account/hubs"),
          })}
        </p>
      );
    case "asked":
      return <p>{t("asked")}</p>;
    case "declined":
      return <p>{t.rich("declined", { contact: linkTo("/contact") })}</p>;
    case "may-ask":
      return (
        <>
          <p>{t("mayAsk", { hub: hub.name })}</p>
          <AskToManage hub={hub} />
        </>
      );
    case "signed-out": {
      // Back to this hub's page, in this language, once signed in.
      const next = encodeURIComponent(`${localePath(locale, `/hubs/${hub.slug}`)}#standing`);
      return (
        <p>
          {t.rich("signedOut", {
            hub: hub.name,
            signIn: linkTo(`/sign-in?next=${next}`),
            signUp: linkTo("/sign-up"),
          })}
        </p>
      );
    }
    default:
      return null;
  }
}
