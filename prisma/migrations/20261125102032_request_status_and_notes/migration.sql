-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('NEW', 'IN_PROGRESS', 'ANSWERED', 'CLOSED');

-- CreateEnum
CREATE TYPE "NoteKind" AS ENUM ('NOTE', 'CORRESPONDENCE', 'STATUS');

-- AlterTable
ALTER TABLE "Enquiry" ADD COLUMN     "status" "RequestStatus" NOT NULL DEFAULT 'NEW';

-- AlterTable
ALTER TABLE "QuoteRequest" ADD COLUMN     "status" "RequestStatus" NOT NULL DEFAULT 'NEW';

-- CreateTable
CREATE TABLE "RequestNote" (
    "id" UUID NOT NULL,
    "enquiryId" UUID,
    "quoteId" UUID,
    "kind" "NoteKind" NOT NULL,
    "direction" TEXT,
    "channel" TEXT,
    "body" TEXT NOT NULL,
    "authorId" UUID,
    "author" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RequestNote_enquiryId_idx" ON "RequestNote"("enquiryId");

-- CreateIndex
CREATE INDEX "RequestNote_quoteId_idx" ON "RequestNote"("quoteId");

-- CreateIndex
CREATE INDEX "Enquiry_status_idx" ON "Enquiry"("status");

-- CreateIndex
CREATE INDEX "QuoteRequest_status_idx" ON "QuoteRequest"("status");

-- AddForeignKey
ALTER TABLE "RequestNote" ADD CONSTRAINT "RequestNote_enquiryId_fkey" FOREIGN KEY ("enquiryId") REFERENCES "Enquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestNote" ADD CONSTRAINT "RequestNote_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "QuoteRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A note belongs to exactly one enquiry or one quote request.
ALTER TABLE "RequestNote" ADD CONSTRAINT "RequestNote_one_parent" CHECK (("enquiryId" IS NULL) <> ("quoteId" IS NULL));
