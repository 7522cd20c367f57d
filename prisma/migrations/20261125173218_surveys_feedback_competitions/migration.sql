-- CreateEnum
CREATE TYPE "SurveyStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "PublishPermission" AS ENUM ('NONE', 'NAMED', 'ANONYMOUS');

-- CreateEnum
CREATE TYPE "FeedbackStatus" AS ENUM ('NEW', 'APPROVED', 'HIDDEN');

-- AlterEnum
ALTER TYPE "ConsentKind" ADD VALUE 'PUBLICATION';

-- CreateTable
CREATE TABLE "Survey" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "intro" TEXT NOT NULL,
    "questions" JSONB NOT NULL,
    "status" "SurveyStatus" NOT NULL DEFAULT 'DRAFT',
    "openedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "submissionKey" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "answers" JSONB NOT NULL,
    "email" TEXT,
    "marketingOptIn" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feedback" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "submissionKey" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "company" TEXT,
    "message" TEXT NOT NULL,
    "rating" INTEGER,
    "permission" "PublishPermission" NOT NULL DEFAULT 'NONE',
    "permissionWording" TEXT,
    "permissionWithdrawnAt" TIMESTAMPTZ(3),
    "status" "FeedbackStatus" NOT NULL DEFAULT 'NEW',
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewedBy" TEXT,
    "marketingOptIn" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Competition" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "terms" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "options" TEXT[],
    "correctOption" INTEGER NOT NULL,
    "opensAt" TIMESTAMPTZ(3) NOT NULL,
    "closesAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Competition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetitionEntry" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "submissionKey" UUID NOT NULL,
    "competitionId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "answer" INTEGER NOT NULL,
    "marketingOptIn" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompetitionEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetitionDraw" (
    "id" BIGSERIAL NOT NULL,
    "competitionId" UUID NOT NULL,
    "winnerEntryId" UUID,
    "winnerReference" TEXT NOT NULL,
    "eligibleCount" INTEGER NOT NULL,
    "entriesDigest" TEXT NOT NULL,
    "chosenIndex" INTEGER NOT NULL,
    "reason" TEXT,
    "drawnBy" TEXT NOT NULL,
    "drawnAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompetitionDraw_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Survey_slug_key" ON "Survey"("slug");

-- CreateIndex
CREATE INDEX "Survey_status_idx" ON "Survey"("status");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_reference_key" ON "SurveyResponse"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_submissionKey_key" ON "SurveyResponse"("submissionKey");

-- CreateIndex
CREATE INDEX "SurveyResponse_surveyId_createdAt_idx" ON "SurveyResponse"("surveyId", "createdAt");

-- CreateIndex
CREATE INDEX "SurveyResponse_email_idx" ON "SurveyResponse"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_reference_key" ON "Feedback"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_submissionKey_key" ON "Feedback"("submissionKey");

-- CreateIndex
CREATE INDEX "Feedback_status_permission_idx" ON "Feedback"("status", "permission");

-- CreateIndex
CREATE INDEX "Feedback_email_idx" ON "Feedback"("email");

-- CreateIndex
CREATE INDEX "Feedback_createdAt_idx" ON "Feedback"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Competition_slug_key" ON "Competition"("slug");

-- CreateIndex
CREATE INDEX "Competition_opensAt_closesAt_idx" ON "Competition"("opensAt", "closesAt");

-- CreateIndex
CREATE UNIQUE INDEX "CompetitionEntry_reference_key" ON "CompetitionEntry"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "CompetitionEntry_submissionKey_key" ON "CompetitionEntry"("submissionKey");

-- CreateIndex
CREATE INDEX "CompetitionEntry_email_idx" ON "CompetitionEntry"("email");

-- CreateIndex
CREATE UNIQUE INDEX "CompetitionEntry_competitionId_email_key" ON "CompetitionEntry"("competitionId", "email");

-- CreateIndex
CREATE INDEX "CompetitionDraw_competitionId_idx" ON "CompetitionDraw"("competitionId");

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionEntry" ADD CONSTRAINT "CompetitionEntry_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionDraw" ADD CONSTRAINT "CompetitionDraw_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionDraw" ADD CONSTRAINT "CompetitionDraw_winnerEntryId_fkey" FOREIGN KEY ("winnerEntryId") REFERENCES "CompetitionEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;
