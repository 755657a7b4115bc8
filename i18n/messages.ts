import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/i18n/languages";
import { NAMESPACES } from "@/i18n/namespaces";
import type { Messages } from "@/i18n/types";

// The catalogues, read once per process (they are part of the build and never change while
// it runs). Pages get their text on the server; a client component gets only the parts of
// the catalogue it names (ClientMessages), never the whole of it.

const loaded = new Map<Locale, Promise<Messages>>();

async function readCatalogue(locale: Locale): Promise<Messages> {
  const parts = await Promise.all(
    NAMESPACES.map(async (namespace) => [namespace, (await import(`../messages/${locale}/${namespace}.json`)).default] as const),
  );
  const own = Object.fromEntries(parts) as Tree;
  // A message a language lacks reads in English rather than failing the page (a test keeps
  // every language complete; this covers a deployment that runs ahead of its translations).
  return (locale === DEFAULT_LOCALE ? own : withFallback(own, (await loadMessages(DEFAULT_LOCALE)) as unknown as Tree)) as unknown as Messages;
}

function withFallback(own: Tree, fallback: Tree): Tree {
  const out: Tree = { ...fallback };
  for (const [key, value] of Object.entries(own)) {
    const base = fallback[key];
    out[key] = typeof value === "object" && typeof base === "object" ? withFallback(value, base) : value;
  }
  return out;
}

export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) loaded.set(locale, (messages = readCatalogue(locale)));
  return messages;
}

type Tree = { [key: string]: string | Tree };

/** The parts of a catalogue named by dotted paths ("hubForms", "forms.errors"), in the catalogue's shape. */
export function pickMessages(messages: Messages, paths: readonly string[]): Tree {
  const out: Tree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: string | Tree | undefined = messages as unknown as Tree;
    for (const key of keys) from = typeof from === "object" ? from[key] : undefined;
    if (from === undefined) throw new Error(`No messages at "${path}"`);
    let to = out;
    for (const key of keys.slice(0, -1)) to = (to[key] ??= {}) as Tree;
    to[keys.at(-1)!] = from;
  }
  return out;
}

type Offers = Record<Locale, Messages["common"]["language"]>;
let offers: Promise<Offers> | undefined;

/** What each language says to offer itself to a first visit (components/layout/language-offer.tsx), read once. */
export function languageOffers(): Promise<Offers> {
  offers ??= Promise.all(LOCALES.map(async (locale) => [locale, (await loadMessages(locale)).common.language] as const)).then(
    (entries) => Object.fromEntries(entries) as Offers,
  );
  return offers;
}
