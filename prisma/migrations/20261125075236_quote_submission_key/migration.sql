-- AlterTable
ALTER TABLE "QuoteRequest" ADD COLUMN     "marketingOptIn" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "submissionKey" UUID NOT NULL DEFAULT gen_random_uuid();

-- Rows from before this migration get a key of their own; new rows must bring theirs.
ALTER TABLE "QuoteRequest" ALTER COLUMN "submissionKey" DROP DEFAULT;

-- CreateIndex
CREATE UNIQUE INDEX "QuoteRequest_submissionKey_key" ON "QuoteRequest"("submissionKey");
