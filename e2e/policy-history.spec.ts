// Publishing a new version of the privacy policy, end to end, the way the README says to: in a copy
// of the project, `npm run policy:new`, an edit to the wording, `npm run policy:seal`, a build; then a
// visitor who chose under the version in force today is asked again, follows "See what changed" and
// sees the edited words marked, and can still read the version they chose under at its address.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { axe } from './axe';
import { type FaultServer, startServer, stopped } from './fault-server';
import { banner, expect, standInForGoogle, test, watchCsp } from './fixtures';
import { E2E_CONSENT_COOKIE_SECRET } from './test-secrets';
import { serializeConsentCookie } from '../lib/consent/cookie';
import { consentContentHash, currentPolicy, formatPolicyDate } from '../lib/policy';
import { wordDiff } from '../lib/policy/diff';
import { literal } from '../lib/policy/version-file';

const PORT = Number(process.env.E2E_PORT ?? 3210) + 9;
const NEXT = '2099-01-01';
const LEFT = new Set([
  '.git',
  '.next',
  '.data',
  'node_modules',
  'test-results',
  'playwright-report',
  'tsconfig.tsbuildinfo',
]);
let copy: string;
let server: FaultServer;

// The edit the test makes: one word of the first paragraph replaced, and a sentence added after it.
const opening = currentPolicy.sections[0]!.blocks.find((b) => b.type === 'paragraph')!.text;
const word = opening
  .split(/\W+/)
  .filter((w) => w.length > 5)
  .at(-1)!;
const edited = `${opening.replace(word, 'replacement')} This sentence is new.`;

const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: copy, stdio: 'pipe' }).toString();
const said = (change: 'added' | 'removed') =>
  wordDiff(opening, edited)
    .filter((p) => p.change === change)
    .map((p) => `[${change === 'added' ? 'Added' : 'Removed'}: ${p.text.trim()}]`);

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  test.setTimeout(480_000);
  copy = mkdtempSync(join(tmpdir(), 'lumina-policy-'));
  for (const entry of readdirSync('.')) if (!LEFT.has(entry)) cpSync(entry, join(copy, entry), { recursive: true });
  // Hard links: the copy's dependencies are the project's own, at no cost.
  execFileSync('cp', ['-al', 'node_modules', join(copy, 'node_modules')]);
  expect(
    run(['node_modules/.bin/tsx', 'scripts/policy-version.ts', 'new', NEXT, 'Test: one word and one sentence']),
  ).toContain(`Wrote lib/policy/versions/${NEXT}.ts`);
  const file = join(copy, 'lib', 'policy', 'versions', `${NEXT}.ts`);
  const source = readFileSync(file, 'utf8');
  expect(source).toContain(literal(opening));
  writeFileSync(file, source.replace(literal(opening), literal(edited)));
  expect(run(['node_modules/.bin/tsx', 'scripts/policy-version.ts', 'seal'])).toContain(`Sealed ${NEXT}`);
  run(['node_modules/next/dist/bin/next', 'build']);
  run(['node_modules/.bin/tsx', 'scripts/prerendered-csp.ts']);
  server = await startServer(
    PORT,
    'pglite:.data/policy-history',
    { CONSENT_COOKIE_SECRET: E2E_CONSENT_COOKIE_SECRET, GA_MEASUREMENT_ID: 'G-TEST1234' },
    copy,
  );
});
test.afterAll(async () => {
  server?.process.kill('SIGTERM');
  if (server) await stopped(server.process);
  if (copy) rmSync(copy, { recursive: true, force: true });
});

// A browser that accepted analytics under the version in force today (the copy's previous one).
async function returningVisitor(browser: Browser, javaScriptEnabled: boolean, width: number) {
  const context = await browser.newContext({
    baseURL: server.url,
    javaScriptEnabled,
    viewport: { width, height: 900 },
  });
  const google = await standInForGoogle(context);
  const violations = javaScriptEnabled ? await watchCsp(context) : [];
  const decidedAt = Math.floor(Date.now() / 1000) - 3_600;
  const value = serializeConsentCookie(
    {
      consentId: crypto.randomUUID(),
      analytics: true,
      gpc: false,
      notice: false,
      contentHash: consentContentHash,
      decidedAt,
    },
    E2E_CONSENT_COOKIE_SECRET,
  );
  await context.addCookies([{ name: 'lumina_consent', value, url: server.url }]);
  return { context, google, violations, page: await context.newPage() };
}

for (const [javaScriptEnabled, width] of [
  [true, 1280],
  [true, 390],
  [false, 390],
] as const) {
  test(`a new version asks again and shows what changed, word by word (JavaScript ${javaScriptEnabled ? 'on' : 'off'}, ${width} px)`, async ({
    browser,
  }) => {
    const { context, google, violations, page } = await returningVisitor(browser, javaScriptEnabled, width);
    await page.goto('/');
    await expect(banner(page)).toContainText('Our privacy policy has changed since you last chose.');
    expect(google.requests).toEqual([]);
    await banner(page).getByRole('link', { name: 'See what changed' }).click();
    await expect(page).toHaveURL(`/privacy-policy/versions/${NEXT}/changes-since/${currentPolicy.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed in our privacy policy');
    const section = page.locator(`[data-change="edited"]`);
    await expect(section).toHaveCount(1);
    expect(said('removed')).toEqual([`[Removed: ${word}]`]);
    expect(said('added')[0]).toBe('[Added: replacement]');
    await expect(section.locator('del')).toHaveText(said('removed'));
    await expect(section.locator('ins')).toHaveText(said('added'));
    await expect(section.locator('ins').last()).toContainText('This sentence is new.');
    await expect(page.getByTestId('unchanged-sections').getByRole('listitem')).toHaveCount(
      currentPolicy.sections.length - 1,
    );
    // (Axe and the width are measured by scripts in the page, so with JavaScript on.)
    if (javaScriptEnabled) {
      expect(await axe(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }

    // The version they chose under stays at its address, word for word.
    await page.getByRole('link', { name: formatPolicyDate(currentPolicy.lastUpdated), exact: true }).click();
    await expect(page).toHaveURL(`/privacy-policy/versions/${currentPolicy.id}`);
    await expect(page.getByRole('note')).toContainText('This version was replaced.');
    await expect(page.getByText(opening)).toBeVisible();
    await page.goto('/privacy-policy/versions');
    await expect(page.locator('[data-version]')).toHaveCount(2);
    await expect(page.locator(`[data-version="${NEXT}"]`)).toContainText('In force');

    // Choosing again ends the question.
    await page.goto('/privacy-policy');
    await expect(page.getByText(edited)).toBeVisible();
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await expect(banner(page)).toHaveCount(0);
    expect(violations).toEqual([]);
    await context.close();
  });
}
