-- CreateEnum
CREATE TYPE "ResourceType" AS ENUM ('toolkit', 'guide', 'template', 'video', 'course', 'report', 'case_study');

-- CreateEnum
CREATE TYPE "ResourceLevel" AS ENUM ('introductory', 'intermediate', 'advanced');

-- CreateEnum
CREATE TYPE "ResourceLicence" AS ENUM ('cc_by', 'cc_by_sa', 'cc_by_nd', 'cc_by_nc', 'cc_by_nc_sa', 'cc_by_nc_nd', 'cc0', 'all_rights_reserved');

-- CreateEnum
CREATE TYPE "ResourceFormat" AS ENUM ('pdf', 'document', 'spreadsheet', 'presentation', 'archive', 'web', 'video', 'audio');

-- CreateEnum
CREATE TYPE "ResourceStatus" AS ENUM ('draft', 'published', 'archived');

-- CreateEnum
CREATE TYPE "ResourceRelationKind" AS ENUM ('translation_of', 'adapted_from');

-- CreateEnum
CREATE TYPE "ResourceSuggestionStatus" AS ENUM ('pending', 'accepted', 'declined');

-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "type" "ResourceType" NOT NULL,
    "topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "audience" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "level" "ResourceLevel",
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "licence" "ResourceLicence",
    "format" "ResourceFormat",
    "durationMinutes" INTEGER,
    "author" TEXT NOT NULL DEFAULT '',
    "year" INTEGER,
    "url" TEXT,
    "fileKey" TEXT,
    "fileName" TEXT,
    "fileType" TEXT,
    "fileBytes" INTEGER,
    "downloads" INTEGER NOT NULL DEFAULT 0,
    "linkStatus" INTEGER,
    "linkProblem" TEXT,
    "linkCheckedAt" TIMESTAMP(3),
    "status" "ResourceStatus" NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMP(3),
    "fromArchive" BOOLEAN NOT NULL DEFAULT false,
    "searchVector" tsvector,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceRelation" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "kind" "ResourceRelationKind" NOT NULL,

    CONSTRAINT "ResourceRelation_pkey" PRIMARY KEY ("fromId","toId")
);

-- CreateTable
CREATE TABLE "ResourceSuggestion" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ResourceSuggestionStatus" NOT NULL DEFAULT 'pending',
    "message" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "resourceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResourceSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Resource_slug_key" ON "Resource"("slug");

-- CreateIndex
CREATE INDEX "Resource_status_publishedAt_idx" ON "Resource"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Resource_topics_idx" ON "Resource" USING GIN ("topics");

-- CreateIndex
CREATE INDEX "Resource_languages_idx" ON "Resource" USING GIN ("languages");

-- CreateIndex
CREATE INDEX "Resource_searchVector_idx" ON "Resource" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Resource_status_linkCheckedAt_idx" ON "Resource"("status", "linkCheckedAt");

-- CreateIndex
CREATE INDEX "ResourceRelation_toId_idx" ON "ResourceRelation"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceSuggestion_resourceId_key" ON "ResourceSuggestion"("resourceId");

-- CreateIndex
CREATE INDEX "ResourceSuggestion_memberId_createdAt_idx" ON "ResourceSuggestion"("memberId", "createdAt");

-- CreateIndex
CREATE INDEX "ResourceSuggestion_status_createdAt_idx" ON "ResourceSuggestion"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "ResourceRelation" ADD CONSTRAINT "ResourceRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceRelation" ADD CONSTRAINT "ResourceRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceSuggestion" ADD CONSTRAINT "ResourceSuggestion_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceSuggestion" ADD CONSTRAINT "ResourceSuggestion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceSuggestion" ADD CONSTRAINT "ResourceSuggestion_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Word search that ignores accents ("Factoria" finds "Factoría"), shared by every area that
-- searches words (lib/search/words.ts): the text as the search sees it, and a query built from
-- what someone typed. unaccent is not IMMUTABLE (its dictionary could change), so the wrapper
-- names the dictionary and says it is, as PostgreSQL's documentation suggests.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE OR REPLACE FUNCTION echn_search_text(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN public.unaccent('public.unaccent'::regdictionary, value);

-- A resource's words: its title weighs most, then its summary and author, then its description.
CREATE OR REPLACE FUNCTION resource_search_vector() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('simple', echn_search_text(coalesce(NEW."title", ''))), 'A') ||
    setweight(to_tsvector('simple', echn_search_text(coalesce(NEW."summary", '') || ' ' || coalesce(NEW."author", ''))), 'B') ||
    setweight(to_tsvector('simple', echn_search_text(coalesce(NEW."description", ''))), 'C');
  RETURN NEW;
END
$$;

CREATE TRIGGER "Resource_searchVector"
  BEFORE INSERT OR UPDATE OF "title", "summary", "author", "description" ON "Resource"
  FOR EACH ROW EXECUTE FUNCTION resource_search_vector();
