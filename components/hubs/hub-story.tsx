/** The hub's story as its owners typed it: paragraphs at blank lines, line breaks kept, any markup shown as text. */
export function HubStory({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <div className="max-w-3xl space-y-4 text-stone-800">
      {paragraphs.map((p, i) => (
        <p key={i} className="whitespace-pre-line break-words">
          {p}
        </p>
      ))}
    </div>
  );
}
