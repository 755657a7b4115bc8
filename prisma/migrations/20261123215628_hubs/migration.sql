-- CreateEnum
CREATE TYPE "HubKind" AS ENUM ('coworking', 'lab', 'incubator', 'collective', 'cooperative', 'makerspace', 'studio', 'network', 'other');

-- CreateEnum
CREATE TYPE "HubFormat" AS ENUM ('static', 'mobile', 'online');

-- CreateEnum
CREATE TYPE "HubStatus" AS ENUM ('pending', 'published', 'changes_requested', 'rejected', 'archived');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('pending', 'approved', 'declined');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "hubId" TEXT;

-- CreateTable
CREATE TABLE "Hub" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "kind" "HubKind" NOT NULL,
    "format" "HubFormat" NOT NULL,
    "disciplines" TEXT[],
    "services" TEXT[],
    "summary" TEXT NOT NULL,
    "story" TEXT NOT NULL,
    "website" TEXT,
    "websiteKey" TEXT,
    "socialLinks" TEXT[],
    "contactEmail" TEXT NOT NULL,
    "address" TEXT,
    "city" TEXT NOT NULL,
    "cityKey" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "foundedYear" INTEGER,
    "teamSize" TEXT,
    "membersCount" TEXT,
    "openToExchanges" BOOLEAN NOT NULL DEFAULT false,
    "imageKey" TEXT,
    "imageAlt" TEXT,
    "status" "HubStatus" NOT NULL DEFAULT 'pending',
    "moderatorMessage" TEXT,
    "reviewedSnapshot" JSONB,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmReminderSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Hub_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HubOwner" (
    "hubId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HubOwner_pkey" PRIMARY KEY ("hubId","userId")
);

-- CreateTable
CREATE TABLE "HubDraft" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HubDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HubInvite" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "expires" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HubInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HubManagementRequest" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'pending',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HubManagementRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HubMessage" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HubMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Hub_slug_key" ON "Hub"("slug");

-- CreateIndex
CREATE INDEX "Hub_status_countryCode_idx" ON "Hub"("status", "countryCode");

-- CreateIndex
CREATE INDEX "Hub_status_updatedAt_idx" ON "Hub"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Hub_websiteKey_idx" ON "Hub"("websiteKey");

-- CreateIndex
CREATE INDEX "Hub_latitude_longitude_idx" ON "Hub"("latitude", "longitude");

-- CreateIndex
CREATE UNIQUE INDEX "Hub_nameKey_countryCode_cityKey_key" ON "Hub"("nameKey", "countryCode", "cityKey");

-- CreateIndex
CREATE INDEX "HubOwner_userId_idx" ON "HubOwner"("userId");

-- CreateIndex
CREATE INDEX "HubDraft_ownerId_updatedAt_idx" ON "HubDraft"("ownerId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "HubInvite_tokenHash_key" ON "HubInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "HubInvite_hubId_idx" ON "HubInvite"("hubId");

-- CreateIndex
CREATE INDEX "HubManagementRequest_status_createdAt_idx" ON "HubManagementRequest"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "HubManagementRequest_hubId_userId_key" ON "HubManagementRequest"("hubId", "userId");

-- CreateIndex
CREATE INDEX "HubMessage_hubId_createdAt_idx" ON "HubMessage"("hubId", "createdAt");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HubOwner" ADD CONSTRAINT "HubOwner_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HubOwner" ADD CONSTRAINT "HubOwner_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HubDraft" ADD CONSTRAINT "HubDraft_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HubInvite" ADD CONSTRAINT "HubInvite_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HubInvite" ADD CONSTRAINT "HubInvite_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HubManagementRequest" ADD CONSTRAINT "HubManagementRequest_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HubManagementRequest" ADD CONSTRAINT "HubManagementRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HubManagementRequest" ADD CONSTRAINT "HubManagementRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HubMessage" ADD CONSTRAINT "HubMessage_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE CASCADE ON UPDATE CASCADE;
