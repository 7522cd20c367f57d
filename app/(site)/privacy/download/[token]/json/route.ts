// The released copy as a JSON file, for the person to keep or take elsewhere (data portability).
import { openDataCopy } from '@/lib/data/privacy/downloads';
import { portableCopy } from '@/lib/data/privacy/personal-data/portable-copy';
import { errorPage } from '@/lib/security/error-page';

type Context = { params: Promise<{ token: string }> };

// Only while the emailed link is valid; an expired or unknown link gets a page that says so.
export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  const found = await openDataCopy(token, 'downloaded');
  if (found.state === 'expired')
    return errorPage(
      410,
      'This download link has expired',
      'Links to a copy of your data work for seven days. Make a new request at /privacy/request.',
      '/privacy/request',
    );
  if (found.state !== 'valid')
    return errorPage(
      404,
      'This download link isn’t valid',
      'Check that you copied the whole address from the email.',
      '/privacy/request',
    );
  return new Response(`${JSON.stringify(portableCopy(found.copy), null, 2)}\n`, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="lumina-energy-your-data-${found.copy.reference}.json"`,
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    },
  });
}
