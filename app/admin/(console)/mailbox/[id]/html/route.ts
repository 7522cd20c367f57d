// An email's HTML part, for the Mailbox's preview frame: staff only, sandboxed (see preview-response).
import { isUuid } from '@/lib/validations/common';
import { requireStaff } from '@/lib/auth/current';
import { getMailboxMessage } from '@/lib/data/mailbox';
import { emailPreviewResponse, noSuchEmail } from '@/lib/email/preview-response';

// GET /admin/mailbox/<id>/html
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireStaff();
  const { id } = await params;
  const message = isUuid(id) ? await getMailboxMessage(id) : null;
  return message ? emailPreviewResponse(message.htmlBody) : noSuchEmail();
}
