// Every page fits its window: at a small phone (320 px), a common one (390 px) and a desktop (1280 px)
// nothing makes the document wider than the screen (wide tables scroll inside their own region). And
// every page passes HTML_CodeSniffer (WCAG 2 AA) as well as axe.
import type { Page } from '@playwright/test';
import { ADMIN, signIn } from './admin';
import { ADMIN_ROUTES, routeUrl } from './admin-routes';
import { codeSnifferErrors } from './code-sniffer';
import { expect, test } from './fixtures';
import { fillEnquiry, uniqueEmail, waitLikeAPerson } from './forms';
import { PUBLIC_PAGES } from '../lib/crawl';

const WIDTHS = [320, 390, 1280];
const ANSWER_PAGES = [
  '/contact/thank-you?ref=ENQ-TEST01',
  '/quote/thank-you?ref=QTE-TEST01',
  '/newsletter/check-email',
  '/privacy/request/check-email',
  '/feedback/thank-you',
  '/unsubscribe/x.y',
  '/privacy/verify?token=x',
];

// How many pixels the document is wider than the window (0 or less: it fits).
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

// The outermost elements sticking out past the right edge (not counting what scrolls inside its own
// region), to name in a failure.
const culprits = (page: Page) =>
  page.evaluate(() => {
    // An element past the edge, or one whose text runs out of its box (a long unbroken word or link).
    const past = (el: Element) =>
      el.getBoundingClientRect().right > window.innerWidth + 1 ||
      el.getBoundingClientRect().left + el.scrollWidth > window.innerWidth + 1;
    const wide = [...document.querySelectorAll('body *')].filter((el) => past(el) && !el.closest('.table-scroll'));
    return wide
      .filter(
        (el) =>
          !wide.some(
            (other) =>
              other !== el &&
              other.contains(el) &&
              other.getBoundingClientRect().right === el.getBoundingClientRect().right,
          ),
      )
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${String(el.className).split(' ')[0]} (${Math.round(el.getBoundingClientRect().right)} px)`,
      );
  });

async function expectFits(page: Page, path: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    const extra = await overflow(page);
    expect(
      extra,
      `${path} at ${width} px is ${extra} px too wide: ${(await culprits(page)).join(', ')}`,
    ).toBeLessThanOrEqual(0);
  }
  expect(await codeSnifferErrors(page), `HTML_CodeSniffer errors on ${path}`).toEqual([]);
}

test('every public page fits the window at 320, 390 and 1280 px, and passes HTML_CodeSniffer', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of [...PUBLIC_PAGES, ...ANSWER_PAGES]) await expectFits(page, path);
});

test('every back-office page fits the window at 320, 390 and 1280 px, and passes HTML_CodeSniffer', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  // Something in the lists to open: an enquiry (with its emails and consent record).
  await page.goto('/contact');
  await fillEnquiry(page, {
    email: uniqueEmail(testInfo, 'fit'),
    message: 'A long enough message to fill the table row and then some more words.',
  });
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: /send/i }).click();
  await expect(page).toHaveURL(/thank-you/);
  // And a newsletter sign-up (a subscriber with consent records, and an email with a long link).
  await page.goto('/newsletter');
  await page.getByLabel('Your name').fill('Fit Subscriber');
  await page.getByLabel('Email address').fill(uniqueEmail(testInfo, 'fit-newsletter'));
  await page.getByLabel(/Yes, email me Lumina Energy’s monthly newsletter/).check();
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/check-email/);
  await signIn(page, ADMIN);
  const opened: string[] = [];
  for (const route of ADMIN_ROUTES.filter((r) => !/\/(export|html)$/.test(r))) {
    if (!route.includes('[')) {
      await expectFits(page, routeUrl(route));
      continue;
    }
    // A detail page: the first one its list links to.
    const list = route.slice(0, route.indexOf('/['));
    await page.goto(list);
    const pattern = new RegExp(`^${route.replace('[type]', '[a-z]+').replace(/\[id\]/g, '[0-9a-f-]{36}')}$`);
    const hrefs = await page
      .locator('main a[href^="/admin/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const href = hrefs.find((h) => pattern.test(h));
    if (!href) continue;
    opened.push(route);
    await expectFits(page, href);
  }
  expect(opened).toEqual(
    expect.arrayContaining(['/admin/requests/[type]/[id]', '/admin/mailbox/[id]', '/admin/subscribers/[id]']),
  );
});
