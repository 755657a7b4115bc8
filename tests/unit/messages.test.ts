import { readFileSync } from "node:fs";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES } from "@/i18n/languages";
import { loadMessages } from "@/i18n/messages";
import { ENGLISH_ONLY, NAMESPACES } from "@/i18n/namespaces";

// Every language has every message English has (and no other), each message is valid ICU,
// and each plural names the categories its language uses (Serbian "few"; Portuguese and
// Spanish "many"). Namespaces only staff read (ENGLISH_ONLY) are written in English alone:
// checked in English, and read in English in every other language.

type Tree = { [key: string]: string | Tree };
const read = (locale: string, namespace: string): Tree => JSON.parse(readFileSync(`messages/${locale}/${namespace}.json`, "utf8"));

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

function plurals(elements: MessageFormatElement[]): Set<string>[] {
  const found: Set<string>[] = [];
  for (const element of elements) {
    if (element.type === TYPE.plural && element.pluralType !== "ordinal") {
      found.push(new Set(Object.keys(element.options).filter((k) => !k.startsWith("="))));
      for (const option of Object.values(element.options)) found.push(...plurals(option.value));
    } else if (element.type === TYPE.select) {
      for (const option of Object.values(element.options)) found.push(...plurals(option.value));
    } else if (element.type === TYPE.tag) found.push(...plurals(element.children));
  }
  return found;
}

describe("the message catalogues", () => {
  for (const namespace of NAMESPACES) {
    const english = leaves(read(DEFAULT_LOCALE, namespace));
    const englishOnly = (ENGLISH_ONLY as readonly string[]).includes(namespace);
    for (const locale of englishOnly ? [DEFAULT_LOCALE] : LOCALES) {
      it(`${namespace} in ${locale}: the same keys as English, valid ICU, every plural category`, () => {
        const messages = leaves(read(locale, namespace));
        expect([...messages.keys()].filter((k) => !english.has(k)), "keys English does not have").toEqual([]);
        expect([...english.keys()].filter((k) => !messages.has(k)), "keys missing").toEqual([]);
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
        for (const [key, text] of messages) {
          let ast: MessageFormatElement[];
          try {
            ast = parse(text);
          } catch (error) {
            throw new Error(`${locale} ${namespace}.${key} is not valid ICU: ${(error as Error).message}`);
          }
          for (const options of plurals(ast)) {
            const missing = categories.filter((c) => !options.has(c));
            expect(missing, `${locale} ${namespace}.${key}: plural categories missing`).toEqual([]);
          }
          if (locale !== DEFAULT_LOCALE) expect(text.trim(), `${locale} ${namespace}.${key} is empty`).not.toBe("");
        }
      });
    }
  }
});

describe("the namespaces in English only", () => {
  for (const namespace of ENGLISH_ONLY) {
    it(`${namespace}: every other language's file adds no message, and reads the English ones`, async () => {
      const english = (await loadMessages(DEFAULT_LOCALE))[namespace];
      for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
        const own = leaves(read(locale, namespace));
        const known = leaves(read(DEFAULT_LOCALE, namespace));
        expect([...own.keys()].filter((k) => !known.has(k)), `${locale} ${namespace}: keys English does not have`).toEqual([]);
        expect((await loadMessages(locale))[namespace], `${locale} ${namespace}`).toEqual(english);
      }
    });
  }
});
