-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "sealedLinks" TEXT;

-- CreateTable
CREATE TABLE "ServerSecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServerSecret_pkey" PRIMARY KEY ("name")
);

-- A database that already holds suppressed addresses keeps the salt they were hashed with (the old
-- development default): a new salt would forget who asked never to be emailed again.
INSERT INTO "ServerSecret" ("name", "value")
SELECT 'SUPPRESSION_SALT', 'lumina-development-suppression' WHERE EXISTS (SELECT 1 FROM "Suppression");
