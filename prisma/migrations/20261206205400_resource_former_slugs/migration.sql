-- CreateTable
CREATE TABLE "ResourceFormerSlug" (
    "slug" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,

    CONSTRAINT "ResourceFormerSlug_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "ResourceFormerSlug_resourceId_idx" ON "ResourceFormerSlug"("resourceId");

-- AddForeignKey
ALTER TABLE "ResourceFormerSlug" ADD CONSTRAINT "ResourceFormerSlug_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;
