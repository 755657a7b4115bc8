-- CreateEnum
CREATE TYPE "MembershipKind" AS ENUM ('regular', 'associate');

-- CreateEnum
CREATE TYPE "P2PRoundStatus" AS ENUM ('draft', 'published', 'in_review', 'results_released', 'closed');

-- CreateEnum
CREATE TYPE "P2PApplicationStatus" AS ENUM ('draft', 'submitted', 'host_accepted', 'host_declined', 'host_lapsed', 'withdrawn');

-- CreateEnum
CREATE TYPE "P2PAim" AS ENUM ('share_knowledge', 'collaborate', 'both');

-- CreateEnum
CREATE TYPE "TravelMode" AS ENUM ('train', 'bus', 'shared_car', 'car', 'plane', 'other');

-- CreateEnum
CREATE TYPE "P2PHostRequestStatus" AS ENUM ('pending', 'accepted', 'declined', 'lapsed', 'cancelled');

-- CreateTable
CREATE TABLE "HubMembership" (
    "hubId" TEXT NOT NULL,
    "kind" "MembershipKind" NOT NULL,
    "since" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HubMembership_pkey" PRIMARY KEY ("hubId")
);

-- CreateTable
CREATE TABLE "HubMembershipRequest" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "userId" TEXT,
    "kind" "MembershipKind" NOT NULL,
    "message" TEXT NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'pending',
    "decisionMessage" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HubMembershipRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "P2PRound" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "rules" TEXT NOT NULL DEFAULT '',
    "status" "P2PRoundStatus" NOT NULL DEFAULT 'draft',
    "opensOn" DATE,
    "closesOn" DATE,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Brussels',
    "exchangesFrom" DATE,
    "exchangesUntil" DATE,
    "periodPrecision" "DatePrecision" NOT NULL DEFAULT 'day',
    "maxStayDays" INTEGER,
    "peoplePerExchange" INTEGER NOT NULL DEFAULT 1,
    "travelRateCents" INTEGER,
    "dailyRateCents" INTEGER,
    "hostGrantCents" INTEGER,
    "maxGrantCents" INTEGER,
    "budgetCents" INTEGER,
    "hostAnswerDays" INTEGER,
    "membershipRequired" BOOLEAN NOT NULL DEFAULT true,
    "countries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "P2PRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "P2PHostOffer" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "offer" TEXT NOT NULL,
    "availability" TEXT NOT NULL,
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "places" INTEGER NOT NULL,
    "placesTaken" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "P2PHostOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "P2PApplication" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "visitingHubId" TEXT NOT NULL,
    "hostHubId" TEXT NOT NULL,
    "status" "P2PApplicationStatus" NOT NULL DEFAULT 'draft',
    "role" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "people" INTEGER NOT NULL DEFAULT 1,
    "partnerName" TEXT,
    "partnerRole" TEXT,
    "partnerEmail" TEXT,
    "aim" "P2PAim",
    "plan" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "visitorGains" TEXT NOT NULL DEFAULT '',
    "hostGains" TEXT NOT NULL DEFAULT '',
    "sharing" TEXT NOT NULL DEFAULT '',
    "travelMode" "TravelMode",
    "accessibilityNeeds" TEXT,
    "travelRateCents" INTEGER NOT NULL,
    "dailyRateCents" INTEGER NOT NULL,
    "maxGrantCents" INTEGER NOT NULL,
    "hostGrantCents" INTEGER NOT NULL,
    "grantCents" INTEGER NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "P2PApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "P2PHostRequest" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "hostHubId" TEXT NOT NULL,
    "status" "P2PHostRequestStatus" NOT NULL DEFAULT 'pending',
    "dueAt" TIMESTAMP(3) NOT NULL,
    "message" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "P2PHostRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HubMembershipRequest_status_createdAt_idx" ON "HubMembershipRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "HubMembershipRequest_hubId_createdAt_idx" ON "HubMembershipRequest"("hubId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "P2PRound_slug_key" ON "P2PRound"("slug");

-- CreateIndex
CREATE INDEX "P2PRound_status_opensOn_idx" ON "P2PRound"("status", "opensOn");

-- CreateIndex
CREATE INDEX "P2PHostOffer_hubId_idx" ON "P2PHostOffer"("hubId");

-- CreateIndex
CREATE UNIQUE INDEX "P2PHostOffer_roundId_hubId_key" ON "P2PHostOffer"("roundId", "hubId");

-- CreateIndex
CREATE INDEX "P2PApplication_roundId_status_idx" ON "P2PApplication"("roundId", "status");

-- CreateIndex
CREATE INDEX "P2PApplication_applicantId_createdAt_idx" ON "P2PApplication"("applicantId", "createdAt");

-- CreateIndex
CREATE INDEX "P2PApplication_hostHubId_status_idx" ON "P2PApplication"("hostHubId", "status");

-- CreateIndex
CREATE INDEX "P2PHostRequest_applicationId_createdAt_idx" ON "P2PHostRequest"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "P2PHostRequest_hostHubId_status_idx" ON "P2PHostRequest"("hostHubId", "status");

-- CreateIndex
CREATE INDEX "P2PHostRequest_status_dueAt_idx" ON "P2PHostRequest"("status", "dueAt");

-- AddForeignKey
ALTER TABLE "HubMembership" ADD CONSTRAINT "HubMembership_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HubMembershipRequest" ADD CONSTRAINT "HubMembershipRequest_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HubMembershipRequest" ADD CONSTRAINT "HubMembershipRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HubMembershipRequest" ADD CONSTRAINT "HubMembershipRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PHostOffer" ADD CONSTRAINT "P2PHostOffer_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "P2PRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PHostOffer" ADD CONSTRAINT "P2PHostOffer_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PApplication" ADD CONSTRAINT "P2PApplication_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "P2PRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PApplication" ADD CONSTRAINT "P2PApplication_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PApplication" ADD CONSTRAINT "P2PApplication_visitingHubId_fkey" FOREIGN KEY ("visitingHubId") REFERENCES "Hub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PApplication" ADD CONSTRAINT "P2PApplication_hostHubId_fkey" FOREIGN KEY ("hostHubId") REFERENCES "Hub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PHostRequest" ADD CONSTRAINT "P2PHostRequest_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "P2PApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PHostRequest" ADD CONSTRAINT "P2PHostRequest_hostHubId_fkey" FOREIGN KEY ("hostHubId") REFERENCES "Hub"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PHostRequest" ADD CONSTRAINT "P2PHostRequest_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- One live application per person per round: withdrawn, declined and lapsed ones do not count
-- (the applicant may then choose another host). Holds under two submits at the same moment.
CREATE UNIQUE INDEX "P2PApplication_one_live_per_round" ON "P2PApplication" ("roundId", "applicantId")
  WHERE "status" NOT IN ('withdrawn', 'host_declined', 'host_lapsed');

-- A host's places: counted when it accepts, never beyond what it offered, whoever writes.
ALTER TABLE "P2PHostOffer" ADD CONSTRAINT "P2PHostOffer_places_taken_within" CHECK ("placesTaken" >= 0 AND "placesTaken" <= "places");
ALTER TABLE "P2PHostOffer" ADD CONSTRAINT "P2PHostOffer_places_positive" CHECK ("places" >= 1);

-- At most one open host request per application, and one pending membership request per hub.
CREATE UNIQUE INDEX "P2PHostRequest_one_pending" ON "P2PHostRequest" ("applicationId") WHERE "status" = 'pending';
CREATE UNIQUE INDEX "HubMembershipRequest_one_pending" ON "HubMembershipRequest" ("hubId") WHERE "status" = 'pending';

-- Sums and stays that cannot be negative or empty.
ALTER TABLE "P2PApplication" ADD CONSTRAINT "P2PApplication_people_positive" CHECK ("people" >= 1);
ALTER TABLE "P2PApplication" ADD CONSTRAINT "P2PApplication_dates_ordered" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "P2PRound" ADD CONSTRAINT "P2PRound_people_positive" CHECK ("peoplePerExchange" >= 1);
