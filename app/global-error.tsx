"use client";

// Replaces the root layout when the layout itself fails, so it carries its own document
// and plain inline styles (the site's stylesheet may be what failed).
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <html lang="en-GB">
      <body style={{ margin: 0, fontFamily: "system-ui, sans-serif", color: "#1c1917", background: "#fafaf9" }}>
        <title>Something went wrong · European Creative Hubs Network</title>
        <main style={{ maxWidth: "40rem", margin: "0 auto", padding: "3rem 1rem" }}>
          <h1 style={{ fontSize: "1.75rem" }}>Something went wrong</h1>
          <p>The site could not show this page. Please try again in a moment.</p>
          {digest ? (
            <p>
              If it keeps happening, contact us and quote reference <code>{digest}</code>.
            </p>
          ) : null}
          <p style={{ display: "flex", gap: "1rem", alignItems: "center", flexWrap: "wrap" }}>
            <button type="button" onClick={() => retry()} style={{ padding: "0.6rem 1.2rem", background: "#0b5f59", color: "#fff", border: 0, borderRadius: "0.375rem", fontWeight: 600, cursor: "pointer" }}>
              Try again
            </button>
            {/* A full page load on purpose: the root layout that client navigation reuses is what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" style={{ color: "#0b5f59" }}>
              Go to the home page
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
