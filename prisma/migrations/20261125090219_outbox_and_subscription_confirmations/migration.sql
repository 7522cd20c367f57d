-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "SubscriptionConfirmation" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "submissionKey" UUID NOT NULL,
    "subscriberId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "name" TEXT,
    "company" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "confirmedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubscriptionConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" UUID NOT NULL,
    "messageKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT NOT NULL,
    "headers" JSONB NOT NULL DEFAULT '{}',
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "transport" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SubscriptionConfirmation_reference_key" ON "SubscriptionConfirmation"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "SubscriptionConfirmation_submissionKey_key" ON "SubscriptionConfirmation"("submissionKey");

-- CreateIndex
CREATE UNIQUE INDEX "SubscriptionConfirmation_tokenHash_key" ON "SubscriptionConfirmation"("tokenHash");

-- CreateIndex
CREATE INDEX "SubscriptionConfirmation_subscriberId_idx" ON "SubscriptionConfirmation"("subscriberId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_messageKey_key" ON "OutboxMessage"("messageKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_toAddress_idx" ON "OutboxMessage"("toAddress");

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_idx" ON "OutboxMessage"("createdAt");

-- AddForeignKey
ALTER TABLE "SubscriptionConfirmation" ADD CONSTRAINT "SubscriptionConfirmation_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;
