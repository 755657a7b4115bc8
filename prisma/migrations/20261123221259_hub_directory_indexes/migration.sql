-- CreateIndex
CREATE INDEX "Hub_status_name_id_idx" ON "Hub"("status", "name", "id");

-- CreateIndex
CREATE INDEX "Hub_status_publishedAt_id_idx" ON "Hub"("status", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Hub_status_confirmedAt_idx" ON "Hub"("status", "confirmedAt");

-- CreateIndex
CREATE INDEX "Hub_disciplines_idx" ON "Hub" USING GIN ("disciplines");

-- CreateIndex
CREATE INDEX "Hub_services_idx" ON "Hub" USING GIN ("services");
