"use client";
// "Is this your hub?" on a hub's page. The page is cached for everyone, so who is looking is
// asked after load: a manager gets the way to edit it, someone who asked is told where the
// request stands, a signed-in person may ask to manage it, and a visitor may sign in first.
import Link from "next/link";
import { useEffect, useState } from "react";
import { AskToManage } from "@/components/hubs/ask-to-manage";
import type { HubStanding as Standing } from "@/lib/hubs/ownership/queries";

export function HubStanding({ hub }: { hub: { id: string; name: string; slug: string } }) {
  const [standing, setStanding] = useState<Standing | "signed-out" | null>(null);
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
          You manage this hub. <Link href={`/account/hubs/${hub.id}/edit`}>Edit {hub.name}</Link> or see it among{" "}
          <Link href="/account/hubs">your hubs</Link>.
        </p>
      );
    case "asked":
      return <p>You have asked to manage this hub. Our team will email you once they have decided.</p>;
    case "declined":
      return (
        <p>
          Our team declined your request to manage this hub. If you think that was a mistake, <Link href="/contact">write to us</Link>.
        </p>
      );
    case "may-ask":
      return (
        <>
          <p>If you run {hub.name}, ask to manage it: once our team agrees, you can keep its page up to date.</p>
          <AskToManage hub={hub} />
        </>
      );
    case "signed-out":
      return (
        <p>
          If you run {hub.name}, <Link href={`/sign-in?next=${encodeURIComponent(`/hubs/${hub.slug}#standing`)}`}>sign in to ask to manage it</Link>
          . No account yet? <Link href="/sign-up">Create one</Link> first.
        </p>
      );
    default:
      return null;
  }
}
