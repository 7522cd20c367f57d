// An email's HTML part, for the Mailbox's preview frame: staff only, and served with a policy that
// runs no script, loads nothing and is sandboxed, whatever the email contains.
import { isUuid } from '@/lib/validations/common';
import { requireStaff } from '@/lib/auth/current';
import { getMailboxMessage } from '@/lib/data/mailbox';

// GET /admin/mailbox/<id>/html
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireStaff();
  const { id } = await params;
  const message = isUuid(id) ? await getMailboxMessage(id) : null;
  if (!message) return new Response('No such email', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(message.htmlBody, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'self'",
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    },
  });
}
