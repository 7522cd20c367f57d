// The first admin on a fresh install with no ADMIN_EMAIL: a set-up link written to a private file at
// start (never to the log), usable once.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('a fresh install writes a one-time link to a private file, which creates the first admin', async ({ page }) => {
  test.setTimeout(120_000); // a second server starts and migrates its own database
  const port = 3294;
  const dir = `.data/e2e-setup-${process.pid}`;
  const linkFile = `${dir}-link.txt`;
  rmSync(dir, { recursive: true, force: true });
  rmSync(linkFile, { force: true });
  const env = {
    ...process.env,
    DATABASE_URL: `pglite:${dir}`,
    SITE_URL: `http://127.0.0.1:${port}`,
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
    SETUP_LINK_FILE: linkFile,
  };
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    { env },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  try {
    await expect
      .poll(() => output, { timeout: 60_000 })
      .toContain(`open the one-time link in ${linkFile} within 24 hours`);
    expect(existsSync(linkFile)).toBe(true);
    expect(statSync(linkFile).mode & 0o077).toBe(0);
    const link = /(http:\/\/\S+\/admin\/setup\?token=[a-z2-7]{32})/.exec(readFileSync(linkFile, 'utf8'))?.[1];
    expect(link).toBeDefined();
    expect(output).not.toContain(new URL(link!).searchParams.get('token'));
    expect(output).not.toMatch(/password/i);

    await page.goto(link!);
    await expect(page.getByRole('heading', { name: 'Create the first admin account' })).toBeVisible();
    await page.getByLabel('Your name').fill('First Admin');
    await page.getByLabel('Email address').fill('first@lumina.test');
    await page.getByLabel('Password', { exact: true }).fill('the very first password');
    await page.getByLabel('Confirm password').fill('the very first password');
    await page.getByRole('button', { name: 'Create admin account' }).click();
    await expect(page.getByRole('heading', { name: 'Good to see you, First Admin' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Staff' }),
    ).toBeVisible();

    // With no SMTP server the Mailbox is where emails are read: an admin may open a withheld link, audited.
    await page.goto(`http://127.0.0.1:${port}/admin/staff`);
    await page.getByLabel('Their name').fill('Second Admin');
    await page.getByLabel('Their email address').fill('second@lumina.test');
    await page.getByRole('radio', { name: /^Admin:/ }).check();
    await page.getByRole('button', { name: 'Add and email a set-up link' }).click();
    await page.goto(`http://127.0.0.1:${port}/admin/mailbox?to=second%40lumina.test`);
    await page.getByRole('row').filter({ hasText: 'second@lumina.test' }).getByRole('link').first().click();
    await expect(page.locator('.email-text')).toContainText('[link withheld #1]');
    await page.getByRole('link', { name: 'Show the links (recorded in the audit log)' }).click();
    await expect(page.locator('.email-text')).toContainText(/\/admin\/setup\?token=[a-z2-7]{32}/);
    await expect(
      page.frameLocator('iframe.email-frame').getByRole('link', { name: 'Choose my password' }),
    ).toHaveAttribute('href', /setup\?token=/);
    await page.goto(`http://127.0.0.1:${port}/admin/audit`);
    await expect(
      page.getByRole('row').filter({ hasText: 'email-links-viewed' }).filter({ hasText: 'second@lumina.test' }).first(),
    ).toBeVisible();
    await page.goto(link!);
    await expect(page.getByRole('heading', { name: 'This set-up link can’t be used' })).toBeVisible();
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
