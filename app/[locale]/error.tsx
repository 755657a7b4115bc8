"use client";
import Link from "next/link";
import { DATABASE_UNAVAILABLE } from "@/lib/database-availability";

/** Any unexpected failure below the root layout. Never shows the error's own message. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  // The server logs the digest next to the request id (instrumentation.ts onRequestError).
  const reference = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  if (reference === DATABASE_UNAVAILABLE) return <BackInAMoment retry={retry} />;
  return (
    <div className="mx-auto max-w-3xl px-4 py-14">
      <h1 className="text-3xl font-bold tracking-tight text-stone-950">Something went wrong</h1>
      <p className="mt-4 text-lg text-stone-700">
        We could not show this page. Please try again; if it keeps happening, contact us and quote the reference below.
      </p>
      {reference ? (
        <p className="mt-4 text-sm text-stone-700">
          Reference: <code className="rounded bg-stone-100 px-1.5 py-0.5 font-mono text-stone-900">{reference}</code>
        </p>
      ) : null}
      <RetryOrHome retry={retry} />
    </div>
  );
}

/** The database is restarting or failing over (server.ts answers 503 with Retry-After). */
function BackInAMoment({ retry }: { retry: () => void }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-14">
      <h1 className="text-3xl font-bold tracking-tight text-stone-950">This page is back in a moment</h1>
      <p className="mt-4 text-lg text-stone-700">
        We cannot reach our database just now, usually for a few seconds while it restarts. Please try again shortly.
      </p>
      <RetryOrHome retry={retry} />
    </div>
  );
}

function RetryOrHome({ retry }: { retry: () => void }) {
  return (
    <div className="mt-8 flex flex-wrap items-center gap-4">
      <button type="button" onClick={() => retry()} className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
        Try again
      </button>
      <Link href="/" className="font-semibold text-brand-800 underline">
        Go to the home page
      </Link>
    </div>
  );
}
