// What search engines and browsers ask for by name: robots.txt, sitemap.xml, the icons and manifest.
import { expect, test } from './fixtures';

test('robots.txt keeps crawlers off the back office, token pages and form answers, and names the sitemap', async ({
  request,
  baseURL,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  for (const path of [
    '/admin',
    '/unsubscribe',
    '/privacy/verify',
    '/privacy/download',
    '/newsletter/confirm',
    '/feedback/withdraw',
    '/contact/thank-you',
    '/quote/thank-you',
    '/newsletter/check-email',
  ]) {
    expect(robots).toContain(`Disallow: ${path}\n`);
  }
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`<loc>${baseURL}/privacy-policy</loc>`);
  expect(sitemap).not.toContain('/admin');
});

test('the icon set and manifest are served, and admin, token and answer pages say noindex', async ({
  request,
  page,
}) => {
  const files: [string, string][] = [
    ['/favicon.ico', 'image/'],
    ['/apple-touch-icon.png', 'image/png'],
    ['/icon-192.png', 'image/png'],
    ['/icon-512.png', 'image/png'],
    ['/manifest.webmanifest', 'application/manifest+json'],
  ];
  for (const [path, type] of files) {
    const answer = await request.get(path);
    expect(answer.status(), path).toBe(200);
    expect(answer.headers()['content-type'], path).toContain(type);
  }
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as { icons: { src: string }[] };
  expect(manifest.icons.map((i) => i.src)).toEqual(['/icon-192.png', '/icon-512.png']);
  for (const path of [
    '/admin/sign-in',
    '/unsubscribe/x.y',
    '/privacy/verify?token=x',
    '/contact/thank-you?ref=ENQ-TEST01',
    '/newsletter/check-email',
  ]) {
    await page.goto(path);
    await expect(page.locator('meta[name="robots"]'), path).toHaveAttribute('content', /noindex/);
  }
});
