import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function seedProgramme(_db: PrismaClient) {}
