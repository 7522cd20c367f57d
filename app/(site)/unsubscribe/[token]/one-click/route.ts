// POST unsubscribes at once, with no cookies or sign-in: the List-Unsubscribe-Post one-click that
// mail providers send (RFC 8058), and the button on the link's page. GET never changes anything.
import { unsubscribe } from '@/lib/data/newsletter/unsubscribe';
import { INVALID_UNSUBSCRIBE_LINK, subscriberFromToken } from '@/lib/data/newsletter/unsubscribe-link';
import { errorPage } from '@/lib/security/error-page';
import { fingerprintOf } from '@/lib/server/request-client';

type Context = { params: Promise<{ token: string }> };

const seeOther = (token: string) =>
  new Response(null, {
    status: 303,
    headers: { location: `/unsubscribe/${encodeURIComponent(token)}`, 'cache-control': 'no-store' },
  });
const text = (status: number, body: string) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

// One-click unsubscribe; from the page's button, back to the page, which then says it is done.
export async function POST(request: Request, { params }: Context) {
  const { token } = await params;
  const form = await request.formData().catch(() => null);
  const fromPage = form?.get('via') === 'page';
  const subscriberId = await subscriberFromToken(token);
  if (!subscriberId) {
    return fromPage
      ? errorPage(400, 'This unsubscribe link isn’t valid', INVALID_UNSUBSCRIBE_LINK, '/')
      : text(400, INVALID_UNSUBSCRIBE_LINK);
  }
  const fingerprint = await fingerprintOf(request.headers);
  const { outcome } = await unsubscribe(subscriberId, {
    source: fromPage ? 'email:unsubscribe-page' : 'email:one-click',
    fingerprint,
  });
  if (fromPage) return seeOther(token);
  return text(200, outcome === 'unknown' ? 'There is no subscription for this link.' : 'You are unsubscribed.');
}

// A link checker or a person who opened the header's address: show the page, change nothing.
export async function GET(_request: Request, { params }: Context) {
  return seeOther((await params).token);
}
