-- The free-text search of the directory and the map (`q`) is ILIKE '%…%' over a hub's name,
-- town and summary: trigram indexes serve it (pg_trgm ships with PostgreSQL, in contrib).
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Hub_name_trgm_idx" ON "Hub" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Hub_city_trgm_idx" ON "Hub" USING GIN ("city" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Hub_summary_trgm_idx" ON "Hub" USING GIN ("summary" gin_trgm_ops);
