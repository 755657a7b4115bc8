import { DEMO_ACCOUNTS, DEMO_PASSWORD, signInAs, test } from "./support";
import { roundIdOf } from "./support/p2p";
test("debug overflow", async ({ page }) => {
  await signInAs(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
  for (const path of [`/admin/p2p/rounds/${await roundIdOf("demo-round-review")}/panel`]) {
    await page.goto(path);
    await page.setViewportSize({ width: 360, height: 780 });
    const wide = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll("body *")) {
        const r = el.getBoundingClientRect();
        let clipped = false;
        for (let a = el.parentElement; a; a = a.parentElement) { const o = getComputedStyle(a).overflowX; if (o !== "visible") { clipped = a.tagName !== "HTML" && a.tagName !== "BODY"; if (clipped) break; } }
        if (r.right > 362 && el.scrollWidth > 0 && getComputedStyle(el).position !== "static") out.push(`${el.tagName}.${(el.className || "").toString().slice(0, 80)} right=${Math.round(r.right)} text=${(el.textContent || "").slice(0, 60)}`);
      }
      return out.slice(0, 25);
    });
    const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
    console.log(overflow, path, "\n" + wide.join("\n"));
  }
});
