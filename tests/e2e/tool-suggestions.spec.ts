import { db, DEMO_ACCOUNTS, DEMO_PASSWORD, errorBeside, expect as baseExpect, latestEmailTo, signIn, signInByPost, test, visitorIp } from "./support";
import { shortTag } from "./support/event-admin";
import { createAccount } from "./support/hub-moderation";

// A member suggests a resource for the library: a visitor is sent to sign in and comes back to
// the form; a wrong address is refused beside its field with what was typed kept. Staff accept
// the suggestion into a draft resource and land on it; the member is emailed and sees it accepted.

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

test("a member suggests a resource; staff accept it into a draft", async ({ page: staff, browser }) => {
  const started = new Date();
  const suggester = await createAccount(`Ana Suggester ${shortTag()}`);
  const title = `A budgeting toolkit ${shortTag()}`;
  const address = `https://example.org/budgeting-${shortTag()}`;
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": visitorIp() } });
  const member = await context.newPage();

  await test.step("a visitor is sent to sign in, and comes back to the form", async () => {
    await member.goto("/tools/suggest");
    await expect(member).toHaveURL(/\/sign-in\?/);
    await signIn(member, suggester.email, suggester.password);
    await expect(member).toHaveURL(/\/tools\/suggest$/);
    await expect(member.getByRole("heading", { level: 1, name: "Suggest a resource" })).toBeVisible();
  });

  await test.step("an address that is not http(s) is refused beside the field, with what was typed kept", async () => {
    await member.getByLabel("Title").fill(title);
    await member.getByLabel("Web address").fill("javascript:alert(1)");
    await member.getByLabel("Why it helps hubs").fill("Clear templates for a hub's first year budget.");
    await member.getByRole("button", { name: "Send the suggestion" }).click();
    await expect(await errorBeside(member.getByLabel("Web address"))).toContainText("https://");
    await expect(member.getByLabel("Title")).toHaveValue(title);
    await expect(member.getByLabel("Why it helps hubs")).toHaveValue("Clear templates for a hub's first year budget.");
  });

  await test.step("sent, it waits for the team in the member's list, and they are emailed", async () => {
    await member.getByLabel("Web address").fill(address);
    await member.getByRole("button", { name: "Send the suggestion" }).click();
    await expect(member).toHaveURL(/\/account\/suggestions/);
    await expect(member.getByText("Thank you: your suggestion has been sent.")).toBeVisible();
    const item = member.getByRole("listitem").filter({ has: member.getByRole("heading", { name: title }) });
    await expect(item.getByText("Waiting for our team")).toBeVisible();
    await latestEmailTo(suggester.email, { since: started, containing: "We have your suggestion" });
  });

  await test.step("staff accept it into a draft of the type they choose, and land on the draft", async () => {
    await signInByPost(staff, DEMO_ACCOUNTS.staff, DEMO_PASSWORD);
    await staff.goto("/admin/tools/suggestions");
    const item = staff.getByRole("listitem").filter({ has: staff.getByRole("heading", { name: title }) });
    await expect(item.getByText("Clear templates for a hub's first year budget.")).toBeVisible();
    await expect(item.getByRole("link", { name: address })).toBeVisible();
    await item.getByRole("button", { name: /Accept into a draft/ }).click();
    await item.getByLabel("Type of resource").selectOption("toolkit");
    await item.getByRole("button", { name: "Accept and open the draft" }).click();
    // Not the suggestions page it starts from: the draft's own.
    await expect(staff).toHaveURL(/\/admin\/tools\/(?!suggestions$)[^/]+$/);
    const { rows } = await db.query(
      `SELECT r."id", r."status", r."type", r."url", s."status" AS "suggestion" FROM "ResourceSuggestion" s JOIN "Resource" r ON r."id" = s."resourceId" WHERE s."title" = $1`,
      [title],
    );
    expect(rows).toEqual([{ id: expect.any(String), status: "draft", type: "toolkit", url: address, suggestion: "accepted" }]);
    expect(new URL(staff.url()).pathname).toBe(`/admin/tools/${rows[0].id}`);
  });

  await test.step("the member is emailed and sees it accepted", async () => {
    await latestEmailTo(suggester.email, { since: started, containing: "is going into the library" });
    await member.reload();
    const item = member.getByRole("listitem").filter({ has: member.getByRole("heading", { name: title }) });
    await expect(item.getByText("Accepted")).toBeVisible();
    await expect(item.getByText("Our team is preparing it for the library.")).toBeVisible();
  });
  await context.close();
});
