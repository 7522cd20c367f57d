// An email's HTML part, for the Mailbox's preview frame: staff only, sandboxed (see preview-response);
// its secret links stay withheld unless an admin who may open them asks (and that is audited).
import { requireStaff } from '@/lib/auth/current';
import { recordStaffAudit } from '@/lib/data/audit';
import { getMailboxMessage, mayOpenLinks, withOpenedLinks } from '@/lib/data/email/mailbox';
import { emailPreviewResponse, noSuchEmail } from '@/lib/email/preview-response';
import { isUuid } from '@/lib/validations/common';

// GET /admin/mailbox/<id>/html[?links=show]
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user } = await requireStaff();
  const { id } = await params;
  const message = isUuid(id) ? await getMailboxMessage(id) : null;
  if (!message) return noSuchEmail();
  if (!message.sealedLinks || new URL(request.url).searchParams.get('links') !== 'show' || !mayOpenLinks(user.role)) {
    return emailPreviewResponse(message.htmlBody);
  }
  await recordStaffAudit(user, {
    action: 'email-links-viewed',
    subject: message.toAddress,
    detail: { id, part: 'html' },
  });
  return emailPreviewResponse((await withOpenedLinks(message)).htmlBody);
}
