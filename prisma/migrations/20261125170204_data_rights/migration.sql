-- CreateEnum
CREATE TYPE "PrivacyRequestKind" AS ENUM ('ACCESS', 'RECTIFICATION', 'ERASURE', 'OBJECTION');

-- CreateEnum
CREATE TYPE "PrivacyRequestStatus" AS ENUM ('OPEN', 'UNVERIFIED', 'COMPLETED', 'REFUSED');

-- AlterTable
-- Rows recorded before this migration keep their version-1 digest (over the personal columns themselves).
ALTER TABLE "ConsentRecord" ADD COLUMN     "digestVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "fingerprintDigest" TEXT,
ADD COLUMN     "fingerprintErasedAt" TIMESTAMPTZ(3),
ADD COLUMN     "identityDigest" TEXT,
ADD COLUMN     "identityErasedAt" TIMESTAMPTZ(3),
ADD COLUMN     "personalSalt" TEXT;
ALTER TABLE "ConsentRecord" ALTER COLUMN "digestVersion" SET DEFAULT 2;

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "eraseAfterSend" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PrivacyRequest" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "submissionKey" UUID NOT NULL,
    "kind" "PrivacyRequestKind" NOT NULL,
    "status" "PrivacyRequestStatus" NOT NULL DEFAULT 'UNVERIFIED',
    "email" TEXT,
    "name" TEXT,
    "consentIds" TEXT[],
    "details" TEXT,
    "corrections" JSONB NOT NULL DEFAULT '{}',
    "tokenHash" TEXT,
    "tokenExpiresAt" TIMESTAMPTZ(3) NOT NULL,
    "verifiedAt" TIMESTAMPTZ(3),
    "dueAt" TIMESTAMPTZ(3),
    "extendedDueAt" TIMESTAMPTZ(3),
    "extensionReason" TEXT,
    "remindedAt" TIMESTAMPTZ(3),
    "overdueNoticeAt" TIMESTAMPTZ(3),
    "exportData" JSONB,
    "exportTokenHash" TEXT,
    "exportExpiresAt" TIMESTAMPTZ(3),
    "releasedAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),
    "completedBy" TEXT,
    "outcome" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PrivacyRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrivacyRequestEvent" (
    "id" BIGSERIAL NOT NULL,
    "requestId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "detail" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrivacyRequestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionSetting" (
    "recordType" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RetentionSetting_pkey" PRIMARY KEY ("recordType")
);

-- CreateTable
CREATE TABLE "RetentionRun" (
    "id" BIGSERIAL NOT NULL,
    "runKey" TEXT,
    "dryRun" BOOLEAN NOT NULL,
    "trigger" TEXT NOT NULL,
    "removed" JSONB NOT NULL DEFAULT '{}',
    "error" TEXT,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PrivacyRequest_reference_key" ON "PrivacyRequest"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "PrivacyRequest_submissionKey_key" ON "PrivacyRequest"("submissionKey");

-- CreateIndex
CREATE UNIQUE INDEX "PrivacyRequest_tokenHash_key" ON "PrivacyRequest"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "PrivacyRequest_exportTokenHash_key" ON "PrivacyRequest"("exportTokenHash");

-- CreateIndex
CREATE INDEX "PrivacyRequest_email_idx" ON "PrivacyRequest"("email");

-- CreateIndex
CREATE INDEX "PrivacyRequest_status_dueAt_idx" ON "PrivacyRequest"("status", "dueAt");

-- CreateIndex
CREATE INDEX "PrivacyRequest_createdAt_idx" ON "PrivacyRequest"("createdAt");

-- CreateIndex
CREATE INDEX "PrivacyRequestEvent_requestId_idx" ON "PrivacyRequestEvent"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "RetentionRun_runKey_key" ON "RetentionRun"("runKey");

-- CreateIndex
CREATE INDEX "RetentionRun_startedAt_idx" ON "RetentionRun"("startedAt");

-- AddForeignKey
ALTER TABLE "PrivacyRequestEvent" ADD CONSTRAINT "PrivacyRequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PrivacyRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ConsentRecord stays append-only, except that its personal columns may be erased (set to NULL, the
-- consent id to 'erased') with the matching *ErasedAt stamp, which is never taken back. Everything the
-- chain covers directly is unchanged, so the ledger still verifies after an erasure.
CREATE OR REPLACE FUNCTION "consent_record_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'ConsentRecord is append-only: DELETE is not allowed' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW."id", NEW."kind", NEW."action", NEW."categories", NEW."source", NEW."policyVersion", NEW."policyHash",
      NEW."wording", NEW."wordingHash", NEW."createdAt", NEW."digest", NEW."prevHash", NEW."hash",
      NEW."digestVersion", NEW."identityDigest", NEW."fingerprintDigest")
     IS DISTINCT FROM
     (OLD."id", OLD."kind", OLD."action", OLD."categories", OLD."source", OLD."policyVersion", OLD."policyHash",
      OLD."wording", OLD."wordingHash", OLD."createdAt", OLD."digest", OLD."prevHash", OLD."hash",
      OLD."digestVersion", OLD."identityDigest", OLD."fingerprintDigest")
     OR (OLD."identityErasedAt" IS NOT NULL AND NEW."identityErasedAt" IS DISTINCT FROM OLD."identityErasedAt")
     OR (OLD."fingerprintErasedAt" IS NOT NULL AND NEW."fingerprintErasedAt" IS DISTINCT FROM OLD."fingerprintErasedAt")
     OR (NEW."identityErasedAt" IS NULL AND (NEW."consentId", NEW."email", NEW."personalSalt")
         IS DISTINCT FROM (OLD."consentId", OLD."email", OLD."personalSalt"))
     OR (NEW."identityErasedAt" IS NOT NULL AND (NEW."consentId" <> 'erased' OR NEW."email" IS NOT NULL
         OR NEW."personalSalt" IS NOT NULL OR NEW."fingerprintErasedAt" IS NULL))
     OR (NEW."fingerprintErasedAt" IS NULL AND (NEW."ipHash", NEW."uaHash") IS DISTINCT FROM (OLD."ipHash", OLD."uaHash"))
     OR (NEW."fingerprintErasedAt" IS NOT NULL AND (NEW."ipHash" IS NOT NULL OR NEW."uaHash" IS NOT NULL)) THEN
    RAISE EXCEPTION 'ConsentRecord is append-only: only its personal columns may be erased' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
