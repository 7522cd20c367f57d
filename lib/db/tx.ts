// The client a data function is handed inside someone else's transaction, so that it takes part in it.
import type { PrismaClient } from '../generated/prisma/client';

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
