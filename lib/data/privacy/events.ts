// The log of a data-rights request: every step, who took it, and what it changed.
import type { Tx } from '../../db/tx';
import type { Prisma } from '../../generated/prisma/client';

// Every step of a request is logged with who took it, in the step's own transaction.
export async function logPrivacyEvent(
  tx: Tx,
  requestId: string,
  action: string,
  actor: string,
  detail: Prisma.InputJsonObject = {},
) {
  await tx.privacyRequestEvent.create({ data: { requestId, action, actor, detail } });
}
