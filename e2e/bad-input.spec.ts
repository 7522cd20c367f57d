// The bad-input suite: thousands of malformed, oversized, wrong-type and hostile posts to every
// public form action, and hostile addresses to every route that takes a token or an id. Nothing may
// answer 5xx, every refusal must say what was wrong, and no row may come from any of it.
import { staffPage } from './admin';
import { expect, test } from './fixtures';
import { hiddenFields, MIN_FILL_MS } from './forms';
import { createCompetition, openSurvey, uniqueTitle } from './have-your-say';
import { type FormTarget, HOSTILE, payload, random } from './payloads';

const SEED = Number(process.env.BAD_INPUT_SEED ?? 20261125);
const PER_FORM = Number(process.env.BAD_INPUT_PER_FORM ?? 250);
const MESSAGE = /There is a problem|Your form was not sent|<h1[^>]*>[^<]+<\/h1>/;

const FORMS: FormTarget[] = [
  {
    name: 'enquiry',
    url: '/contact',
    fields: ['name', 'phone', 'company', 'message', 'preferredContact', 'marketingOptIn'],
  },
  {
    name: 'quote',
    url: '/quote',
    fields: [
      'companyName',
      'contactName',
      'phone',
      'sitePostcode',
      'supplyType',
      'currentSupplier',
      'contractEndDate',
      'annualSpendGbp',
      'annualUsageKwh',
      'mpan',
      'mprn',
      'message',
      'marketingOptIn',
    ],
  },
  { name: 'newsletter', url: '/newsletter', fields: ['name', 'company', 'marketingOptIn'] },
  {
    name: 'data request',
    url: '/privacy/request',
    fields: ['kind', 'name', 'consentId', 'correctName', 'correctCompany', 'correctPhone', 'details'],
  },
  {
    name: 'feedback',
    url: '/feedback',
    fields: ['name', 'company', 'rating', 'message', 'permission', 'marketingOptIn'],
  },
];

test('thousands of hostile posts and addresses: no 5xx, a message for each, and no row stored', async ({
  page,
  browser,
  request,
  baseURL,
}, testInfo) => {
  test.setTimeout(600_000);
  const staff = await staffPage(browser, testInfo);
  const competition = await createCompetition(staff.page, uniqueTitle(testInfo, 'Bad input prize'));
  const survey = await openSurvey(staff.page, uniqueTitle(testInfo, 'Bad input survey'));
  const targets: FormTarget[] = [
    ...FORMS,
    { name: 'competition', url: competition, fields: ['answer', 'name', 'terms', 'marketingOptIn', 'competitionId'] },
    { name: 'survey', url: survey, fields: ['q1', 'q2', 'q3', 'marketingOptIn', 'surveyId'] },
  ];
  // What is stored, counted as staff see it: every stored submission queues an email; survey answers are counted.
  const stored = async () => {
    await staff.page.goto('/admin/mailbox');
    const mails =
      (await staff.page
        .locator('.pagination')
        .textContent()
        .catch(() => '')) ?? '';
    await staff.page.goto(`/admin/surveys`);
    const responses = await staff.page
      .getByRole('row', { name: /Bad input survey/ })
      .getByRole('cell')
      .nth(1)
      .textContent();
    expect(mails).toMatch(/ of \d+|Nothing to show/);
    expect(responses).toMatch(/^\d+$/);
    return `${mails} | ${responses}`;
  };
  const before = await stored();

  const origin = new URL(baseURL!).origin;
  const r = random(SEED);
  let sent = 0;
  for (const target of targets) {
    const hidden = hiddenFields(await (await request.get(target.url)).text());
    expect(
      Object.keys(hidden).some((k) => k.startsWith('$ACTION')),
      target.name,
    ).toBe(true);
    await page.waitForTimeout(MIN_FILL_MS + 100);
    const failures: string[] = [];
    const one = async (i: number) => {
      const body = payload(r, target, hidden);
      const response = await request.post(target.url, {
        multipart: body,
        headers: { Origin: origin },
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      const text = await response.text();
      const status = response.status();
      if (status >= 500 || (status < 300 && !MESSAGE.test(text)) || (status >= 300 && status < 400)) {
        failures.push(
          `${target.name} #${i} (seed ${SEED}): ${status} ${JSON.stringify([...body.entries()].filter(([k]) => !k.startsWith('$')).map(([k, v]) => [k, typeof v === 'string' ? v.slice(0, 60) : '(file)']))}`,
        );
      }
    };
    for (let i = 0; i < PER_FORM; i += 10) await Promise.all(Array.from({ length: 10 }, (_, j) => one(i + j)));
    sent += PER_FORM;
    expect(failures, target.name).toEqual([]);
  }

  // Wrong content types and empty bodies at a form action.
  for (const [type, body] of [
    ['application/json', '{"name":1}'],
    ['text/plain', 'name=Ada'],
    ['application/x-www-form-urlencoded', 'name=%ZZ&&='],
    ['multipart/form-data; boundary=x', '--x\r\nbroken'],
    ['', ''],
  ] as const) {
    const response = await request.post('/contact', {
      data: body,
      headers: { Origin: origin, ...(type ? { 'Content-Type': type } : {}) },
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    expect(response.status(), `content type ${type}`).toBeLessThan(500);
    sent++;
  }

  // Server-action calls that are not forms, at every form's action, and methods the site does not use.
  for (const target of targets) {
    const hidden = hiddenFields(await (await request.get(target.url)).text());
    const action =
      Object.values(hidden)
        .map((v) => /"id":"(\w+)"/.exec(v)?.[1])
        .find(Boolean) ??
      Object.keys(hidden)
        .find((k) => k.startsWith('$ACTION_ID_'))
        ?.slice(11);
    for (const body of ['[]', '[{},{}]', '"x"']) {
      const headers = {
        Origin: origin,
        'Next-Action': action ?? 'unknown',
        'Content-Type': 'text/plain;charset=UTF-8',
      };
      const response = await request.post(target.url, {
        data: body,
        headers,
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      expect(response.status(), `${target.name} ${body}`).toBe(400);
      expect(await response.text()).toMatch(MESSAGE);
      sent++;
    }
  }
  for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
    const response = await request.fetch('/contact', { method, maxRedirects: 0, failOnStatusCode: false });
    expect(response.status(), method).toBe(405);
    sent++;
  }

  // Hostile tokens, ids and slugs in every address that takes one.
  const routes = [
    '/unsubscribe/%s',
    '/privacy/verify?token=%s',
    '/privacy/download/%s',
    '/privacy/download/%s/json',
    '/feedback/withdraw/%s',
    '/competitions/%s',
    '/surveys/%s',
    '/newsletter/confirm?token=%s',
    '/admin/setup?token=%s',
  ];
  for (const route of routes) {
    for (const value of HOSTILE) {
      const url = route.replace('%s', encodeURIComponent(value));
      const response = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
      const label = url.slice(0, 120);
      expect(response.status(), label).toBeLessThan(500);
      // 414 and 431 come from Node's HTTP server itself (an address longer than any it accepts), before the site.
      if (response.status() >= 400 && ![414, 431].includes(response.status()))
        expect(await response.text(), label).toMatch(MESSAGE);
      sent++;
    }
  }
  for (const value of HOSTILE.slice(0, 20)) {
    const response = await request.post(`/unsubscribe/${encodeURIComponent(value)}/one-click`, {
      form: { 'List-Unsubscribe': 'One-Click' },
      failOnStatusCode: false,
      maxRedirects: 0,
    });
    expect(response.status(), value).toBeLessThan(500);
    sent++;
  }

  expect(await stored()).toBe(before);
  console.log(`bad-input suite: ${sent} requests, seed ${SEED}, none answered 5xx, nothing stored`);
  await staff.close();
});
