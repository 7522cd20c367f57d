// Every back-office page and route (e2e/admin-routes.ts): refused without a session, and refused to
// staff where an admin is needed. The pages check this themselves. (An account confined by "two-factor
// sign-in for everyone": e2e/passkeys.spec.ts.)
import { addColleague, signIn, signOut } from './admin';
import { ADMIN_ROUTES, routeUrl } from './admin-routes';
import { expect, test } from './fixtures';
import { setUpAuthenticator } from './two-factor';

const ADMIN_ONLY = ['/admin/staff', '/admin/audit', '/admin/retention'];
const STAFF_PAGES = [
  '/admin',
  '/admin/account',
  '/admin/account/authenticator',
  '/admin/competitions',
  '/admin/competitions/[id]',
  '/admin/competitions/new',
  '/admin/consents',
  '/admin/feedback',
  '/admin/mailbox',
  '/admin/mailbox/[id]',
  '/admin/mailbox/[id]/html',
  '/admin/newsletters',
  '/admin/newsletters/[id]',
  '/admin/newsletters/[id]/html',
  '/admin/newsletters/new',
  '/admin/privacy',
  '/admin/privacy/[id]',
  '/admin/requests',
  '/admin/requests/[type]/[id]',
  '/admin/requests/export',
  '/admin/subscribers',
  '/admin/subscribers/[id]',
  '/admin/subscribers/export',
  '/admin/subscribers/import',
  '/admin/surveys',
  '/admin/surveys/[id]',
  '/admin/surveys/[id]/export',
  '/admin/surveys/new',
];

const routes = ADMIN_ROUTES;
const url = routeUrl;

test('every back-office route is classified as staff or admin-only', () => {
  expect(routes).toEqual([...ADMIN_ONLY, ...STAFF_PAGES].sort());
});

test('without a session, every back-office route sends the visitor to sign in', async ({ request }) => {
  for (const route of routes) {
    const response = await request.get(url(route), { maxRedirects: 0 });
    expect(response.status(), route).toBe(307);
    expect(response.headers().location, route).toMatch(/^\/admin\/sign-in/);
  }
});

test('staff get a 403 page on admin-only routes, and their own pages open', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000); // several people, forms and emails in one journey on a busy two-core machine
  await signIn(page, await addColleague(browser, testInfo, 'Staff', 'sweeper'));
  for (const route of ADMIN_ONLY) {
    const response = await page.goto(url(route));
    expect(response?.status(), route).toBe(403);
    await expect(page.getByRole('heading', { name: 'You don’t have access to this page' })).toBeVisible();
  }
  // Fetched with the signed-in browser's cookies (the export is a download, not a page).
  for (const route of STAFF_PAGES.filter((r) => !r.includes('[id]'))) {
    expect((await page.request.get(route, { maxRedirects: 0 })).status(), route).toBe(200);
  }
  expect((await page.goto(url('/admin/mailbox/[id]')))?.status()).toBe(404);
});

test('a browser that passed only the password of a two-factor account reaches nothing but the code step', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const colleague = await addColleague(browser, testInfo, 'Admin', 'half-signed-in');
  await signIn(page, colleague);
  await setUpAuthenticator(page, colleague.password);
  await signOut(page);
  await signIn(page, colleague);
  await expect(page).toHaveURL(/\/admin\/sign-in\/verify(\?|$)/);
  for (const route of routes) {
    const response = await page.request.get(url(route), { maxRedirects: 0 });
    expect(response.status(), route).toBe(307);
    expect(response.headers().location, route).toMatch(/^\/admin\/sign-in\/verify/);
  }
});
