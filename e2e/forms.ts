// Helpers for driving the public forms the way a person does.
import type { APIRequestContext, Locator, Page, TestInfo } from '@playwright/test';

/** Matches FORM_MIN_FILL_MS in playwright.config.ts: forms sent sooner are treated as spam. */
export const MIN_FILL_MS = 1_500;

// A unique, valid address per test, so rate limits and records never collide between tests.
export function uniqueEmail(testInfo: TestInfo, tag = 'visitor'): string {
  return `${tag}.${testInfo.project.name}.${testInfo.testId}.${testInfo.retry}@example.co.uk`.toLowerCase();
}

export type EnquiryFields = { name?: string; email: string; phone?: string; company?: string; message?: string };

export async function fillEnquiry(page: Page, fields: EnquiryFields) {
  await page.getByLabel('Your name').fill(fields.name ?? 'Ada Lovelace');
  await page.getByLabel('Email address').fill(fields.email);
  if (fields.phone !== undefined) await page.getByLabel('Phone number').fill(fields.phone);
  await page.getByLabel('Company name').fill(fields.company ?? 'Analytical Engines Ltd');
  await page
    .getByLabel('Your message')
    .fill(fields.message ?? 'Our electricity contract ends in March. Can you find us a better rate?');
}

// Waits until a person could plausibly have filled the form in since it was shown.
export async function waitLikeAPerson(page: Page) {
  await page.waitForTimeout(MIN_FILL_MS + 100);
}

export type QuoteFields = { email: string; postcode?: string; supply?: 'Electricity' | 'Gas' | 'Electricity and gas' };

// The "Your business" answers and the supply type; callers add the rest.
export async function fillQuoteBasics(page: Page, fields: QuoteFields) {
  await page.getByLabel('Company name').fill('Analytical Engines Ltd');
  await page.getByLabel('Your name').fill('Ada Lovelace');
  await page.getByLabel('Email address').fill(fields.email);
  await page.getByLabel('Phone number').fill('01732 123456');
  await page.getByLabel('Site postcode').fill(fields.postcode ?? 'ME19 4YT');
  await page.getByRole('radio', { name: fields.supply ?? 'Electricity and gas', exact: true }).check();
}

const decode = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

// The hidden fields of the page's own form (the first in <main>): the action reference and its bound
// state, the signed form token. What a no-JavaScript browser posts back with the answers.
export function hiddenFields(html: string): Record<string, string> {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const form = main.slice(main.indexOf('<form'), main.indexOf('</form>'));
  const fields: Record<string, string> = {};
  for (const [, attrs] of form.matchAll(/<input([^>]*)>/g)) {
    const attr = (name: string) => decode(new RegExp(`\\s${name}="([^"]*)"`).exec(attrs!)?.[1] ?? '');
    if (attr('type') === 'hidden') fields[attr('name')] = attr('value');
  }
  return fields;
}

// What a bot does: fetches the page, copies the form's hidden fields, adds its own values and posts
// at once, far sooner than a person could ("yes" ticks a checkbox). Returns the answer's <h1> text.
export async function botSubmit(
  request: APIRequestContext,
  url: string,
  values: Record<string, string>,
): Promise<string> {
  const fields = hiddenFields(await (await request.get(url)).text());
  const response = await request.post(url, {
    multipart: { ...fields, website: '', ...values },
    headers: { origin: new URL(url).origin },
  });
  const answer = await response.text();
  return decode(/<h1[^>]*>([^<]*)<\/h1>/.exec(answer)?.[1] ?? `(no heading; status ${response.status()})`);
}

// Fills the newsletter sign-up on the current page (name, email, the opt-in ticked) as a person would.
export async function fillNewsletter(page: Page | Locator, name: string, email: string) {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel(/Yes, email me/).check();
}
