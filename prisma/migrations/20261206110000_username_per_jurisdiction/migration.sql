-- Usernames are unique within a jurisdiction, so that one ward never learns another's accounts.
-- DropIndex
DROP INDEX "User_jurisdictionId_idx";

-- DropIndex
DROP INDEX "User_username_key";

-- CreateIndex
CREATE INDEX "User_username_idx" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_jurisdictionId_username_key" ON "User"("jurisdictionId", "username");
