-- CreateEnum
CREATE TYPE "Participation" AS ENUM ('registration', 'application', 'information');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('pending', 'accepted', 'registered', 'offered', 'waitlisted', 'declined', 'withdrawn', 'lapsed');

-- AlterTable
-- The programme's "apply by" date becomes the close of the application window.
ALTER TABLE "Event" RENAME COLUMN "applyBy" TO "applicationsCloseOn";

ALTER TABLE "Event"
ADD COLUMN     "applicationsOpenOn" DATE,
ADD COLUMN     "cancelMessage" TEXT,
ADD COLUMN     "capacity" INTEGER,
ADD COLUMN     "coverImageAlt" TEXT,
ADD COLUMN     "coverImageKey" TEXT,
ADD COLUMN     "curators" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "endTime" VARCHAR(5),
ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "longitude" DOUBLE PRECISION,
ADD COLUMN     "participation" "Participation" NOT NULL DEFAULT 'information',
ADD COLUMN     "programme" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "startTime" VARCHAR(5),
ADD COLUMN     "venueAddress" TEXT;

-- CreateTable
CREATE TABLE "EventApplication" (
    "id" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL,
    "role" TEXT NOT NULL,
    "hubName" TEXT,
    "bring" TEXT NOT NULL,
    "takeAway" TEXT NOT NULL,
    "needs" TEXT,
    "decisionMessage" TEXT,
    "decidedAt" TIMESTAMP(3),
    "waitlistedAt" TIMESTAMP(3),
    "offerExpiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "hubId" TEXT,
    "decidedById" TEXT,

    CONSTRAINT "EventApplication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventApplication_eventId_status_waitlistedAt_idx" ON "EventApplication"("eventId", "status", "waitlistedAt");

-- CreateIndex
CREATE INDEX "EventApplication_userId_createdAt_idx" ON "EventApplication"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "EventApplication_status_offerExpiresAt_idx" ON "EventApplication"("status", "offerExpiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "EventApplication_eventId_userId_key" ON "EventApplication"("eventId", "userId");

-- AddForeignKey
ALTER TABLE "EventApplication" ADD CONSTRAINT "EventApplication_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventApplication" ADD CONSTRAINT "EventApplication_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventApplication" ADD CONSTRAINT "EventApplication_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventApplication" ADD CONSTRAINT "EventApplication_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Rules the database holds whoever writes (the forms check them too, with a message).
ALTER TABLE "Event" ADD CONSTRAINT "Event_capacity_positive" CHECK ("capacity" IS NULL OR "capacity" >= 1);
ALTER TABLE "Event" ADD CONSTRAINT "Event_dates_ordered" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "EventApplication" ADD CONSTRAINT "EventApplication_offer_has_expiry" CHECK ("status" <> 'offered' OR "offerExpiresAt" IS NOT NULL);

-- Seats (accepted, registered, offered) never exceed the event's capacity. The trigger
-- locks the event's row first, so concurrent writers from any number of app instances
-- queue on it and each one counts the seats the previous one committed.
CREATE FUNCTION "EventApplication_check_capacity"() RETURNS trigger AS $$
DECLARE
  seats INTEGER;
  cap INTEGER;
BEGIN
  IF NEW."status" NOT IN ('accepted', 'registered', 'offered') THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."status" IN ('accepted', 'registered', 'offered') AND OLD."eventId" = NEW."eventId" THEN
    RETURN NEW;
  END IF;
  SELECT "capacity" INTO cap FROM "Event" WHERE "id" = NEW."eventId" FOR UPDATE;
  IF cap IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT count(*) INTO seats FROM "EventApplication"
    WHERE "eventId" = NEW."eventId" AND "status" IN ('accepted', 'registered', 'offered') AND "id" <> NEW."id";
  IF seats >= cap THEN
    RAISE EXCEPTION 'event_full: event % has no seat left (capacity %)', NEW."eventId", cap USING ERRCODE = 'P0001', HINT = 'event_full';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "EventApplication_capacity"
  BEFORE INSERT OR UPDATE OF "status", "eventId" ON "EventApplication"
  FOR EACH ROW EXECUTE FUNCTION "EventApplication_check_capacity"();

-- Lowering an event's capacity below the seats already given is refused the same way.
CREATE FUNCTION "Event_check_capacity"() RETURNS trigger AS $$
DECLARE
  seats INTEGER;
BEGIN
  IF NEW."capacity" IS NULL OR (OLD."capacity" IS NOT NULL AND NEW."capacity" >= OLD."capacity") THEN
    RETURN NEW;
  END IF;
  SELECT count(*) INTO seats FROM "EventApplication"
    WHERE "eventId" = NEW."id" AND "status" IN ('accepted', 'registered', 'offered');
  IF seats > NEW."capacity" THEN
    RAISE EXCEPTION 'event_capacity_below_seats: % seats are taken, capacity % is too low', seats, NEW."capacity" USING ERRCODE = 'P0001', HINT = 'event_capacity_below_seats';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Event_capacity"
  BEFORE UPDATE OF "capacity" ON "Event"
  FOR EACH ROW EXECUTE FUNCTION "Event_check_capacity"();
