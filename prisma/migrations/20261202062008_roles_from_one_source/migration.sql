-- Rights come from one source: ADMIN_IDS and CoordinatorAssignment. User.role was
-- written but never read, so it goes, and an invite says which role it grants.
-- CreateEnum
CREATE TYPE "InviteRole" AS ENUM ('coordinator');

-- AlterTable
ALTER TABLE "CoordinatorInvite" ADD COLUMN     "role" "InviteRole" NOT NULL DEFAULT 'coordinator';

-- AlterTable
ALTER TABLE "User" DROP COLUMN "role";

-- DropEnum
DROP TYPE "Role";
