/** The first thing a keyboard reaches on every page: a link past the frame to <main id="main">. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a href="#main" className="sr-only z-50 rounded-md bg-white px-4 py-2 font-semibold focus:not-sr-only focus:absolute focus:left-2 focus:top-2">
      {label}
    </a>
  );
}
