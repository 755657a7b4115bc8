import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// lib/ says what happened with codes (catalogue keys and values); components and emails say it
// in the reader's language. This reads every module of lib/ and fails on English text for
// people: a string that reads as words ("Waiting for a decision", "We could not find that hub.").
// Log lines, errors for developers and data (SQL, headers, formats) are not for people.

/** Files whose English is not the interface's, each with why. */
const EXEMPT: Record<string, string> = {
  "lib/audit-vocabulary.ts": "the audit log is a staff page, which stays in English",
  "lib/jobs/registry.ts": "job descriptions are shown on a staff page, which stays in English",
  "lib/incoming.ts": "plain-text refusals to clients that send malformed requests, not pages",
  "lib/database-availability.ts": "the 503 body for clients while the database is away",
  "lib/events/ical.ts": "calendar feeds carry data, not interface text (issue 11)",
  "lib/news/feeds.ts": "news feeds carry data in no one language, like the calendar feeds",
  "lib/http/csv-download.ts": "the plain-text 404 of a staff export, for a client that may not have it",
};

/** Words that are names, not sentences, each with why. */
const NAMES: Record<string, string> = {
  "European Creative Hubs Network": "the network's name",
  "British Council": "a partner's name",
  "Creative Edinburgh": "a partner's name",
  "European Business and Innovation Network (EBN)": "a partner's name",
  "Deleted user": "stored in place of a deleted person's name, for staff pages",
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated") return [];
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

/** Two words or more, the first capitalised: how a label or a sentence for people starts. */
const PROSE = /^[A-Z][a-z’']+(?:[ ,][A-Za-z’'()-]+)+[.!?…:]?$/;

/** Calls whose text is for developers, not people. */
const FOR_DEVELOPERS = /^(log\.\w+|console\.\w+|Error|TypeError|RangeError|assert\w*)$/;

function prose(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      if (FOR_DEVELOPERS.test(node.expression.getText(source))) return;
    }
    if (ts.isTaggedTemplateExpression(node)) return; // SQL
    const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : ts.isTemplateExpression(node) ? node.head.text : null;
    if (text !== null && !(text.trim() in NAMES) && PROSE.test(text.trim()) && text.trim().split(/\s+/).length >= 2) {
      found.push(`${path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} "${text.trim().slice(0, 80)}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("lib/", () => {
  it("returns codes, never English sentences for people", () => {
    const paths = files("lib").filter((p) => !(p in EXEMPT));
    expect(paths.flatMap(prose)).toEqual([]);
  });
});
