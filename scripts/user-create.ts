// npm run user:create -- --email ada@example.org --role admin [--name "Ada Lovelace"] [--password …]
// Creates a verified account, or changes the role of an existing one. Without --password a
// strong one is generated and printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { normaliseEmail, PASSWORD_MAX, PASSWORD_MIN, passwordProblems } from "@/lib/auth/rules";

const { values } = parseArgs({
  options: { email: { type: "string" }, role: { type: "string", default: "member" }, name: { type: "string" }, password: { type: "string" } },
});

const args = z
  .object({ email: z.email("--email must be an email address"), role: z.enum(["member", "staff", "admin"], "--role must be member, staff or admin"), name: z.string().max(100).optional(), password: z.string().optional() })
  .safeParse(values);

async function main(): Promise<number> {
  if (!args.success) {
    console.error(args.error.issues.map((i) => i.message).join("\n"));
    console.error('Usage: npm run user:create -- --email <address> --role member|staff|admin [--name "…"] [--password …]');
    return 2;
  }
  const email = normaliseEmail(args.data.email);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    await db.user.update({ where: { email }, data: { role: args.data.role, ...(args.data.name && { name: args.data.name }) } });
    console.log(`${email} already had an account; its role is now ${args.data.role}.`);
    return 0;
  }
  const password = args.data.password ?? randomBytes(12).toString("base64url");
  const problems = passwordProblems(password, { email });
  if (problems.length) {
    // An operator's tool, in English: the rules' codes and the rules they stand for.
    console.error(`That password is not accepted (${problems.join(", ")}). Use ${PASSWORD_MIN} to ${PASSWORD_MAX} characters, letters with at least one number or symbol, not the email address, not a common password, not one character repeated.`);
    return 2;
  }
  await db.user.create({
    data: { email, name: args.data.name ?? email.split("@")[0]!, role: args.data.role, passwordHash: await hashPassword(password), emailVerified: new Date() },
  });
  console.log(`Created ${args.data.role} ${email}.`);
  if (!args.data.password) console.log(`Password (shown once; change it after signing in): ${password}`);
  return 0;
}

main()
  .then(async (code) => { await db.$disconnect(); process.exit(code); })
  .catch(async (e) => { console.error("Could not create the user:", (e as Error).message); await db.$disconnect(); process.exit(1); });
