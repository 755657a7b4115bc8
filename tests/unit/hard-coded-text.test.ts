import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The interface's words live in the message catalogues (messages/<locale>/), so that every
// language has them. This reads every component and page outside the staff pages and fails on
// English text written into them: text between tags, and text in the attributes and props
// that people read or hear (labels, titles, alternative text, placeholders, hints).

const READ_ATTRIBUTES = new Set(["aria-label", "aria-description", "aria-roledescription", "title", "alt", "placeholder", "label", "hint", "pendingLabel", "description", "heading", "summary", "confirm", "caption"]);

/** Folders whose pages may stay in English (issue 11: staff pages), and development pages. */
const EXEMPT = [/^components\/admin\//, /^app\/admin\//, /^app\/dev\//, /^app\/global-error\.tsx$/];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx$/.test(name) ? [path] : [];
  });
}

/** Words a reader would read: at least two letters in a row, in any script. */
const WORDS = /\p{L}{2,}/u;

function hardCoded(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText())) {
      const init = node.initializer;
      const literal = init && (ts.isStringLiteral(init) ? init : ts.isJsxExpression(init) && init.expression && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression)) ? init.expression : null);
      if (literal && WORDS.test(literal.text)) found.push(`${where(node)} ${node.name.getText()}="${literal.text}"`);
    }
    // {"Some words"} between tags.
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) && node.expression && (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression)) && WORDS.test(node.expression.text)) {
      found.push(`${where(node)} text {"${node.expression.text}"}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the interface's text", () => {
  it("lives in the message catalogues, not in components and pages", () => {
    const paths = [...files("components"), ...files("app")].filter((p) => !EXEMPT.some((re) => re.test(p)));
    expect(paths.flatMap(hardCoded)).toEqual([]);
  });
});
