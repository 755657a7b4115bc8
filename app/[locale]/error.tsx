"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { DATABASE_UNAVAILABLE } from "@/lib/database-availability";

// Its words come with the frame's messages (FRAME_MESSAGES): the error boundary renders inside
// the locale layout's provider.

/** Any unexpected failure below the root layout. Never shows the error's own message. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("common.error");
  // The server logs the digest next to the request id (instrumentation.ts onRequestError).
  const reference = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  if (reference === DATABASE_UNAVAILABLE) return <BackInAMoment retry={retry} />;
  return (
    <div className="mx-auto max-w-3xl px-4 py-14">
      <h1 className="text-3xl font-bold tracking-tight text-stone-950">{t("heading")}</h1>
      <p className="mt-4 text-lg text-stone-700">{t("body")}</p>
      {reference ? (
        <p className="mt-4 text-sm text-stone-700">
          {t("reference")} <code className="rounded bg-stone-100 px-1.5 py-0.5 font-mono text-stone-900">{reference}</code>
        </p>
      ) : null}
      <RetryOrHome retry={retry} />
    </div>
  );
}

/** The database is restarting or failing over (server.ts answers 503 with Retry-After). */
function BackInAMoment({ retry }: { retry: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div className="mx-auto max-w-3xl px-4 py-14">
      <h1 className="text-3xl font-bold tracking-tight text-stone-950">{t("unavailableHeading")}</h1>
      <p className="mt-4 text-lg text-stone-700">{t("unavailableBody")}</p>
      <RetryOrHome retry={retry} />
    </div>
  );
}

function RetryOrHome({ retry }: { retry: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div className="mt-8 flex flex-wrap items-center gap-4">
      <button type="button" onClick={() => retry()} className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
        {t("retry")}
      </button>
      <Link href="/" className="font-semibold text-brand-800 underline">
        {t("home")}
      </Link>
    </div>
  );
}
