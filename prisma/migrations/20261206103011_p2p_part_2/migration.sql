-- CreateEnum
CREATE TYPE "P2PSelection" AS ENUM ('selected', 'reserve', 'not_selected');

-- CreateEnum
CREATE TYPE "P2PAssignmentStatus" AS ENUM ('assigned', 'confirmed', 'conflict');

-- CreateEnum
CREATE TYPE "P2PReminderKind" AS ENUM ('report_open', 'report_due_soon', 'report_overdue');

-- CreateEnum
CREATE TYPE "ArticleKind" AS ENUM ('news', 'story', 'p2p_story');

-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('draft', 'published', 'archived');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "P2PApplicationStatus" ADD VALUE 'selected';
ALTER TYPE "P2PApplicationStatus" ADD VALUE 'reserve';
ALTER TYPE "P2PApplicationStatus" ADD VALUE 'not_selected';
ALTER TYPE "P2PApplicationStatus" ADD VALUE 'agreement_signed';
ALTER TYPE "P2PApplicationStatus" ADD VALUE 'report_submitted';
ALTER TYPE "P2PApplicationStatus" ADD VALUE 'report_changes_requested';
ALTER TYPE "P2PApplicationStatus" ADD VALUE 'report_approved';
ALTER TYPE "P2PApplicationStatus" ADD VALUE 'paid';

-- AlterTable
ALTER TABLE "P2PApplication" ADD COLUMN     "agreementName" TEXT,
ADD COLUMN     "agreementSignedAt" TIMESTAMP(3),
ADD COLUMN     "agreementTerms" TEXT,
ADD COLUMN     "paidAt" TIMESTAMP(3),
ADD COLUMN     "paidCents" INTEGER,
ADD COLUMN     "paymentReference" TEXT,
ADD COLUMN     "reportDueOn" DATE,
ADD COLUMN     "selection" "P2PSelection",
ADD COLUMN     "selectionAt" TIMESTAMP(3),
ADD COLUMN     "selectionById" TEXT;

-- AlterTable
ALTER TABLE "P2PRound" ADD COLUMN     "committedCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "panelClosedAt" TIMESTAMP(3),
ADD COLUMN     "resultsReleasedAt" TIMESTAMP(3),
ADD COLUMN     "reviewsNeeded" INTEGER NOT NULL DEFAULT 2;

-- CreateTable
CREATE TABLE "P2PCriterion" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "weight" INTEGER NOT NULL,
    "labels" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "P2PCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "P2PPanelist" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "P2PPanelist_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "P2PAssignment" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "status" "P2PAssignmentStatus" NOT NULL DEFAULT 'assigned',
    "conflictReason" TEXT,
    "assignedById" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "declaredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "P2PAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "P2PReview" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "total" DOUBLE PRECISION NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "P2PReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "P2PScore" (
    "reviewId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "P2PScore_pkey" PRIMARY KEY ("reviewId","criterionId")
);

-- CreateTable
CREATE TABLE "P2PReviewRevision" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "scores" JSONB NOT NULL,
    "comment" TEXT NOT NULL,
    "total" DOUBLE PRECISION NOT NULL,
    "savedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "P2PReviewRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "P2PReport" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "whatHappened" TEXT NOT NULL DEFAULT '',
    "outcomes" TEXT NOT NULL DEFAULT '',
    "nextSteps" TEXT NOT NULL DEFAULT '',
    "publicSummary" TEXT NOT NULL DEFAULT '',
    "hostNote" TEXT NOT NULL DEFAULT '',
    "evidence" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "staffMessage" TEXT,
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "P2PReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "P2PReportPhoto" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "alt" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "P2PReportPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "P2PReminder" (
    "applicationId" TEXT NOT NULL,
    "kind" "P2PReminderKind" NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "P2PReminder_pkey" PRIMARY KEY ("applicationId","kind")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "kind" "ArticleKind" NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "standfirst" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL,
    "coverKey" TEXT,
    "coverAlt" TEXT,
    "coverCaption" TEXT,
    "coverCredit" TEXT,
    "status" "ArticleStatus" NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMP(3),
    "p2pApplicationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleHub" (
    "articleId" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,

    CONSTRAINT "ArticleHub_pkey" PRIMARY KEY ("articleId","hubId")
);

-- CreateIndex
CREATE UNIQUE INDEX "P2PCriterion_roundId_position_key" ON "P2PCriterion"("roundId", "position");

-- CreateIndex
CREATE INDEX "P2PPanelist_userId_idx" ON "P2PPanelist"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "P2PPanelist_roundId_userId_key" ON "P2PPanelist"("roundId", "userId");

-- CreateIndex
CREATE INDEX "P2PAssignment_reviewerId_status_idx" ON "P2PAssignment"("reviewerId", "status");

-- CreateIndex
CREATE INDEX "P2PAssignment_roundId_status_idx" ON "P2PAssignment"("roundId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "P2PAssignment_applicationId_reviewerId_key" ON "P2PAssignment"("applicationId", "reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "P2PReview_assignmentId_key" ON "P2PReview"("assignmentId");

-- CreateIndex
CREATE INDEX "P2PReview_roundId_reviewerId_idx" ON "P2PReview"("roundId", "reviewerId");

-- CreateIndex
CREATE INDEX "P2PReview_applicationId_idx" ON "P2PReview"("applicationId");

-- CreateIndex
CREATE INDEX "P2PReviewRevision_reviewId_savedAt_idx" ON "P2PReviewRevision"("reviewId", "savedAt");

-- CreateIndex
CREATE UNIQUE INDEX "P2PReport_applicationId_key" ON "P2PReport"("applicationId");

-- CreateIndex
CREATE INDEX "P2PReportPhoto_reportId_position_idx" ON "P2PReportPhoto"("reportId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Article_p2pApplicationId_key" ON "Article"("p2pApplicationId");

-- CreateIndex
CREATE INDEX "Article_kind_status_publishedAt_idx" ON "Article"("kind", "status", "publishedAt");

-- CreateIndex
CREATE INDEX "ArticleHub_hubId_idx" ON "ArticleHub"("hubId");

-- AddForeignKey
ALTER TABLE "P2PApplication" ADD CONSTRAINT "P2PApplication_selectionById_fkey" FOREIGN KEY ("selectionById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PCriterion" ADD CONSTRAINT "P2PCriterion_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "P2PRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PPanelist" ADD CONSTRAINT "P2PPanelist_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "P2PRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PPanelist" ADD CONSTRAINT "P2PPanelist_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PPanelist" ADD CONSTRAINT "P2PPanelist_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PAssignment" ADD CONSTRAINT "P2PAssignment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "P2PRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PAssignment" ADD CONSTRAINT "P2PAssignment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "P2PApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PAssignment" ADD CONSTRAINT "P2PAssignment_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PAssignment" ADD CONSTRAINT "P2PAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PReview" ADD CONSTRAINT "P2PReview_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "P2PAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PReview" ADD CONSTRAINT "P2PReview_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "P2PApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PReview" ADD CONSTRAINT "P2PReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PScore" ADD CONSTRAINT "P2PScore_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "P2PReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PScore" ADD CONSTRAINT "P2PScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "P2PCriterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PReviewRevision" ADD CONSTRAINT "P2PReviewRevision_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "P2PReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PReport" ADD CONSTRAINT "P2PReport_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "P2PApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PReportPhoto" ADD CONSTRAINT "P2PReportPhoto_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "P2PReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "P2PReminder" ADD CONSTRAINT "P2PReminder_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "P2PApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_p2pApplicationId_fkey" FOREIGN KEY ("p2pApplicationId") REFERENCES "P2PApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleHub" ADD CONSTRAINT "ArticleHub_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleHub" ADD CONSTRAINT "ArticleHub_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Limits the database keeps (lib/p2p): scores and weights in range, the rubric's six labels,
-- and the budget: a round's committed grants (visiting + host, of applications selected,
-- pending or released) never exceed its budget, whoever decides at the same moment and even
-- if the budget is lowered afterwards. A round without a budget selects nobody.
ALTER TABLE "P2PScore" ADD CONSTRAINT "P2PScore_value_range" CHECK ("value" BETWEEN 0 AND 5);
ALTER TABLE "P2PCriterion" ADD CONSTRAINT "P2PCriterion_weight_positive" CHECK ("weight" >= 1);
ALTER TABLE "P2PCriterion" ADD CONSTRAINT "P2PCriterion_six_labels" CHECK (cardinality("labels") = 6);
ALTER TABLE "P2PRound" ADD CONSTRAINT "P2PRound_reviews_needed" CHECK ("reviewsNeeded" BETWEEN 1 AND 10);
ALTER TABLE "P2PRound" ADD CONSTRAINT "P2PRound_committed_within_budget"
  CHECK ("committedCents" >= 0 AND ("committedCents" = 0 OR "committedCents" <= COALESCE("budgetCents", 0)));
ALTER TABLE "P2PReview" ADD CONSTRAINT "P2PReview_total_range" CHECK ("total" >= 0 AND "total" <= 100);

-- What one application commits: its grants while staff's decision is "selected".
CREATE FUNCTION p2p_committed_cents(selection "P2PSelection", grant_cents integer, host_grant_cents integer)
  RETURNS integer LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN selection = 'selected' THEN grant_cents + host_grant_cents ELSE 0 END $$;

-- Keeps P2PRound."committedCents" equal to the sum over its applications. The UPDATE takes the
-- round's row lock, so two decisions at once are counted one after the other, and the CHECK
-- above refuses the one that would go over (the caller's transaction is rolled back).
CREATE FUNCTION p2p_track_committed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  before_cents integer := 0;
  after_cents integer := 0;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    before_cents := p2p_committed_cents(OLD."selection", OLD."grantCents", OLD."hostGrantCents");
  END IF;
  IF TG_OP <> 'DELETE' THEN
    after_cents := p2p_committed_cents(NEW."selection", NEW."grantCents", NEW."hostGrantCents");
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."roundId" <> NEW."roundId" THEN
    UPDATE "P2PRound" SET "committedCents" = "committedCents" - before_cents WHERE id = OLD."roundId";
    before_cents := 0;
  END IF;
  IF after_cents <> before_cents THEN
    UPDATE "P2PRound" SET "committedCents" = "committedCents" + after_cents - before_cents
      WHERE id = COALESCE(NEW."roundId", OLD."roundId");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "P2PApplication_committed"
  AFTER INSERT OR UPDATE OF "selection", "grantCents", "hostGrantCents", "roundId" OR DELETE ON "P2PApplication"
  FOR EACH ROW EXECUTE FUNCTION p2p_track_committed();
