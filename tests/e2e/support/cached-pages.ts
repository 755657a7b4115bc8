import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Opens a cached public page until `locator` shows on it. A change refreshes the cached pages at
 * once; but a copy that another request was rendering while the change was saved can still be
 * stored without it, until it expires (within a minute). The other tests open the same pages at
 * the same time, so this happens here: reload, as a visitor would.
 */
export async function openUntilShown(page: Page, path: string, locator: (page: Page) => Locator) {
  await expect(async () => {
    await page.goto(path);
    await expect(locator(page)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 90_000 });
}
