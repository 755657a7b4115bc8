import { randomUUID } from "node:crypto";
import { db, expect, expectNoAxeViolations, latestEmailTo, test, errorBeside } from "./support";

// A visitor writes to the team: mistakes are shown beside the fields with what they typed
// kept, then the message goes through, is stored, and reaches staff and the sender.

/** A staff account of this test's own, so the email it should receive is unambiguous. */
async function createStaff() {
  const id = `e2e${randomUUID().replace(/-/g, "").slice(0, 21)}`;
  const email = `contact-staff-${randomUUID().slice(0, 8)}@example.org`;
  await db.query(
    `INSERT INTO "User" ("id", "name", "email", "emailVerified", "passwordHash", "role", "updatedAt") VALUES ($1, $2, $3, now(), $4, 'staff', now())`,
    [id, "Staff Reader", email, "not-a-usable-hash"],
  );
  return { id, email };
}

test("a visitor sends a message through the contact form, and staff receive it", async ({ page }) => {
  const staff = await createStaff();
  const sender = `grace-${randomUUID().slice(0, 8)}@example.org`;
  const text = `Is there a Creative Hubs Forum planned near Lisbon? (${randomUUID()})`;

  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contact us" })).toBeVisible();
  await expectNoAxeViolations(page);

  const form = page.getByRole("main").locator("form");
  const name = form.getByLabel("Your name");
  const email = form.getByLabel("Your email address");
  const topic = form.getByLabel("What is it about?");
  const message = form.getByLabel("Your message");

  await test.step("sends it with mistakes: each is shown beside its field, and nothing is lost", async () => {
    await name.fill("Grace Hopper");
    await email.fill("grace.example.org");
    await topic.selectOption({ label: "Events" });
    await message.fill("Hi there");
    await form.getByRole("button", { name: "Send message" }).click();

    await expect(form.getByRole("alert")).toHaveText("Please correct the highlighted fields.");
    await expect(await errorBeside(email)).toHaveText("Enter an email address like name@example.org.");
    await expect(await errorBeside(message)).toHaveText("Write at least 10 characters, so we can help.");
    await expect(name).not.toHaveAttribute("aria-invalid", "true");
    await expect(name).toHaveValue("Grace Hopper");
    await expect(email).toHaveValue("grace.example.org");
    await expect(topic).toHaveValue("events");
    await expect(message).toHaveValue("Hi there");
    await expectNoAxeViolations(page);

    const { rows } = await db.query(`SELECT count(*)::int AS n FROM "ContactMessage" WHERE "email" = $1`, ["grace.example.org"]);
    expect(rows[0].n).toBe(0);
  });

  await test.step("corrects them and sends it: a confirmation, and an empty form", async () => {
    await email.fill(sender);
    await message.fill(text);
    await form.getByRole("button", { name: "Send message" }).click();

    await expect(form.getByRole("status")).toContainText("your message has been sent");
    await expect(name).toHaveValue("");
    await expect(email).toHaveValue("");
    await expect(message).toHaveValue("");
  });

  await test.step("the message is stored, staff are emailed it, and the sender gets an acknowledgement", async () => {
    const { rows } = await db.query(`SELECT "name", "topic", "message", "userId" FROM "ContactMessage" WHERE "email" = $1`, [sender]);
    expect(rows).toEqual([{ name: "Grace Hopper", topic: "events", message: text, userId: null }]);

    const toStaff = await latestEmailTo(staff.email, { containing: text });
    expect(toStaff.subject).toBe("Contact form: Events — from Grace Hopper");
    expect(toStaff.text).toContain(text);
    expect(toStaff.text).toContain(sender);

    const toSender = await latestEmailTo(sender);
    expect(toSender.subject).toBe("We received your message");
    expect(toSender.text).not.toContain(text);
  });
});
