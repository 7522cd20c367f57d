-- A request's acknowledgement and team notification are queued by the outbox worker, not in the
-- request's own insert: a null "emailsQueuedAt" means they are still owed. Every request stored before
-- this change had its emails queued with it, so none is owed.
-- AlterTable
ALTER TABLE "Enquiry" ADD COLUMN     "emailsQueuedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "QuoteRequest" ADD COLUMN     "emailsQueuedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Enquiry_emailsQueuedAt_idx" ON "Enquiry"("emailsQueuedAt");

-- CreateIndex
CREATE INDEX "QuoteRequest_emailsQueuedAt_idx" ON "QuoteRequest"("emailsQueuedAt");

UPDATE "Enquiry" SET "emailsQueuedAt" = "createdAt";
UPDATE "QuoteRequest" SET "emailsQueuedAt" = "createdAt";
