-- CreateTable
CREATE TABLE "TeamNotificationSetting" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "recipients" TEXT[],
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TeamNotificationSetting_pkey" PRIMARY KEY ("id")
);
