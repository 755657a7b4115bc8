import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function seedDemo(_db: PrismaClient) {}
