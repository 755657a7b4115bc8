-- CreateTable
CREATE TABLE "P2PReviewMean" (
    "applicationId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "mean" DOUBLE PRECISION,

    CONSTRAINT "P2PReviewMean_pkey" PRIMARY KEY ("applicationId")
);

-- CreateIndex
CREATE INDEX "P2PReviewMean_roundId_mean_idx" ON "P2PReviewMean"("roundId", "mean");

-- AddForeignKey
ALTER TABLE "P2PReviewMean" ADD CONSTRAINT "P2PReviewMean_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "P2PApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Keeps P2PReviewMean equal to the mean of each application's review totals, whatever writes the
-- reviews (the reviewers' pages, the demo and bench seeds), in the writer's transaction. The mean's
-- row is locked before the average is read: that statement then starts after any other review of
-- the application has committed (READ COMMITTED), so two reviews saved at once are both counted.
-- Only P2PReviewMean's row is written: the application's row stays free for staff's decisions,
-- which lock it while a reviewer's transaction may hold the round.
-- A review's removal only updates (its application may be going too, by a cascade).
CREATE FUNCTION p2p_set_review_mean(application_id text, round_id text, added boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF added THEN
    INSERT INTO "P2PReviewMean" ("applicationId", "roundId") VALUES (application_id, round_id) ON CONFLICT DO NOTHING;
  END IF;
  PERFORM 1 FROM "P2PReviewMean" WHERE "applicationId" = application_id FOR UPDATE;
  UPDATE "P2PReviewMean" SET "mean" = (SELECT AVG("total") FROM "P2PReview" WHERE "applicationId" = application_id)
    WHERE "applicationId" = application_id;
END $$;

CREATE FUNCTION p2p_track_review_mean() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM p2p_set_review_mean(OLD."applicationId", OLD."roundId", false);
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."applicationId" <> OLD."applicationId") THEN
    PERFORM p2p_set_review_mean(NEW."applicationId", NEW."roundId", true);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "P2PReview_mean"
  AFTER INSERT OR UPDATE OF "total", "applicationId" OR DELETE ON "P2PReview"
  FOR EACH ROW EXECUTE FUNCTION p2p_track_review_mean();

INSERT INTO "P2PReviewMean" ("applicationId", "roundId", "mean")
  SELECT "applicationId", MIN("roundId"), AVG("total") FROM "P2PReview" GROUP BY "applicationId";
