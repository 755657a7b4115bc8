// Accessibility: what axe-core can find automatically of WCAG 2.1 A and AA.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Fails with a readable list (rule, impact, help, elements) when axe finds a violation. */
export async function expectNoAxeViolations(page: Page, opts: { exclude?: string[]; disableRules?: string[] } = {}) {
  // Legacy mode runs axe in the page and its same-origin frames, without the blank page the
  // default mode opens to put frames' results together: the same rules, in about half the time
  // (the pages have no cross-origin frames, which only the default mode reaches).
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
  for (const selector of opts.exclude ?? []) builder = builder.exclude(selector);
  if (opts.disableRules?.length) builder = builder.disableRules(opts.disableRules);
  const { violations } = await builder.analyze();
  const report = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n` + v.nodes.map((n) => `  - ${n.target.join(" ")}: ${n.failureSummary?.replace(/\n/g, " ")}`).join("\n"),
  );
  expect(report, `axe found WCAG violations on ${page.url()}`).toEqual([]);
}
