// Every exported back-office action, called the way a forged post would call it: with no session,
// and with a staff (not admin) session. Each must refuse before doing anything.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { idle } from '../../action-state';
import { createStaffSession } from '../../data/staff/sessions';
import { generateToken } from '../../security/tokens';
import { migratedDatabaseForFile } from '../../testing/migrated-client';

let cookieValue: string | undefined;
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (cookieValue && name === '__Host-lumina_staff' ? { name, value: cookieValue } : undefined),
  }),
  headers: async () => new Headers({ 'x-lumina-path': '/admin/staff' }),
}));

const database = migratedDatabaseForFile();
const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts']);
// Actions on the person's own account, open also to one that the rules send to add a second factor.
const ACCOUNT_ACTIONS = new Set([
  'account.signOut',
  'account.signOutEverywhere',
  'account.changePassword',
  'two-factor.startAuthenticatorSetup',
  'two-factor.confirmAuthenticator',
  'two-factor.removeAuthenticator',
  'two-factor.createRecoveryCodes',
  'passkeys.startAddingPasskey',
  'passkeys.finishAddingPasskey',
  'passkeys.removePasskeyAction',
]);
// Actions open to every member of staff; every other export must refuse staff with a 403.
const STAFF_ACTIONS = new Set([
  ...ACCOUNT_ACTIONS,
  'mailbox.retryEmail',
  'requests.changeRequestStatus',
  'requests.addNote',
  'requests.replyToRequest',
  'consents.verifyLedger',
  'subscribers.unsubscribeSubscriber',
  'newsletters.saveNewsletter',
  'newsletters.sendTestNewsletter',
  'newsletters.sendNewsletter',
  'subscribers.importSubscribers',
  'privacy.releaseCopyAction',
  'privacy.applyRectificationAction',
  'privacy.eraseAction',
  'privacy.extendAction',
  'privacy.refuseAction',
  'privacy.completeAction',
  'feedback.decideFeedback',
  'competitions.createCompetitionAction',
  'competitions.drawWinnerAction',
  'competitions.closeCompetitionAction',
  'surveys.saveSurveyAction',
  'surveys.setSurveyStatusAction',
]);

async function allActions() {
  const found: [string, (...args: unknown[]) => Promise<unknown>][] = [];
  for (const [path, load] of Object.entries(modules)) {
    const name = path.replace(/^\.\/|\.ts$/g, '');
    for (const [key, value] of Object.entries(await load())) {
      if (typeof value === 'function') found.push([`${name}.${key}`, value as never]);
    }
  }
  return found;
}

// A post with plausible fields for any of the actions.
function forgedForm() {
  const data = new FormData();
  for (const [k, v] of Object.entries({
    staffId: crypto.randomUUID(),
    messageId: crypto.randomUUID(),
    change: 'make-admin',
    name: 'Mallory',
    email: 'mallory@example.com',
    role: 'ADMIN',
    type: 'enquiry',
    requestId: crypto.randomUUID(),
    status: 'CLOSED',
    kind: 'NOTE',
    body: 'forged',
    reason: 'forged',
    confirm: 'yes',
    feedbackId: crypto.randomUUID(),
    decision: 'APPROVED',
    competitionId: crypto.randomUUID(),
    surveyId: crypto.randomUUID(),
    title: 'Forged',
    intro: 'x',
    questions: 'text: Q',
    description: 'x',
    terms: 'x',
    question: 'Q',
    options: 'a\nb',
    correctOption: '1',
    opensAt: '2026-01-01T00:00',
    closesAt: '2026-02-01T00:00',
    mode: 'purge',
    enquiries: '40',
    quotes: '40',
    unsubscribed: '5',
    tokens: '5',
    ipHashes: '5',
    competitionEntries: '5',
    surveyResponses: '40',
    emails: '10',
    currentPassword: 'x',
    password: 'a long new password',
    confirmPassword: 'a long new password',
  }))
    data.set(k, v);
  return data;
}

const digestOf = async (call: Promise<unknown>) => {
  try {
    await call;
    return 'no refusal';
  } catch (error) {
    return String((error as { digest?: unknown }).digest ?? error);
  }
};

beforeAll(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
});
afterEach(() => {
  cookieValue = undefined;
});

describe(`every back-office action checks the session itself (${process.env.TEST_DB})`, () => {
  it('finds the actions to sweep', async () => {
    const names = (await allActions()).map(([n]) => n);
    expect(names).toEqual(
      expect.arrayContaining([
        ...STAFF_ACTIONS,
        'staff.addStaffMember',
        'staff.changeStaffAccount',
        'staff.signOutStaffEverywhere',
        'staff.resetStaffSecondFactor',
        'staff.saveSecurityRules',
        'staff.saveTeamRecipients',
        'retention.saveRetentionSettings',
        'retention.runRetentionPurge',
      ]),
    );
  });

  it('refuses a caller with no session, sending them to sign in, and changes nothing', async () => {
    for (const [name, action] of await allActions()) {
      const digest = await digestOf(action(idle, forgedForm()));
      expect(digest, name).toMatch(/^NEXT_REDIRECT;replace;\/admin\/sign-in/);
    }
    const db = database();
    expect(await db.staffUser.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it('refuses staff with a 403 wherever an admin is needed', async () => {
    const db = database();
    const user = await db.staffUser.create({
      data: { email: 'staff@lumina.test', name: 'Sam Staff', role: 'STAFF', passwordHash: 'x' },
    });
    cookieValue = generateToken();
    await createStaffSession(cookieValue, user.id, { ipHash: null, uaHash: null });
    for (const [name, action] of await allActions()) {
      if (STAFF_ACTIONS.has(name)) continue;
      expect(await digestOf(action(idle, forgedForm())), name).toBe('NEXT_HTTP_ERROR_FALLBACK;403');
    }
    expect(await db.staffUser.count()).toBe(1);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it.each(['an authenticator app', 'a passkey'])(
    'sends a browser that passed only the password of an account with %s to the second step, and changes nothing',
    async (factor) => {
      const db = database();
      const app = factor === 'an authenticator app' ? { totpSecret: 'sealed', totpEnabledAt: new Date() } : {};
      const user = await db.staffUser.create({
        data: {
          email: `half-${app.totpSecret ? 'app' : 'passkey'}@lumina.test`,
          name: 'Half Way',
          role: 'ADMIN',
          passwordHash: 'x',
          ...app,
        },
      });
      if (!app.totpSecret)
        await db.staffPasskey.create({
          data: { userId: user.id, credentialId: 'cred', publicKey: new Uint8Array([1]), name: 'Laptop' },
        });
      cookieValue = generateToken();
      expect((await createStaffSession(cookieValue, user.id, { ipHash: null, uaHash: null })).secondFactorDue).toBe(
        true,
      );
      for (const [name, action] of await allActions()) {
        expect(await digestOf(action(idle, forgedForm())), name).toMatch(
          /^NEXT_REDIRECT;replace;\/admin\/sign-in\/verify/,
        );
      }
      const after = await db.staffUser.findUniqueOrThrow({
        where: { id: user.id },
        include: { _count: { select: { passkeys: true } } },
      });
      expect([after.totpSecret, after.role, after.passwordHash, after._count.passkeys]).toEqual([
        app.totpSecret ?? null,
        'ADMIN',
        'x',
        app.totpSecret ? 0 : 1,
      ]);
      expect(await db.auditEvent.count()).toBe(0);
    },
  );

  it('sends an account without a second factor, once one is required, to add one: nothing else is open to it', async () => {
    const db = database();
    await db.securitySetting.create({ data: { requireSecondFactor: true, updatedBy: 'test' } });
    const user = await db.staffUser.create({
      data: { email: 'none@lumina.test', name: 'No Factor', role: 'ADMIN', passwordHash: 'x' },
    });
    cookieValue = generateToken();
    await createStaffSession(cookieValue, user.id, { ipHash: null, uaHash: null });
    const [accounts, audits] = [await db.staffUser.count(), await db.auditEvent.count()];
    for (const [name, action] of await allActions()) {
      if (ACCOUNT_ACTIONS.has(name)) continue;
      expect(await digestOf(action(idle, forgedForm())), name).toBe(
        'NEXT_REDIRECT;replace;/admin/account?required=1;307;',
      );
    }
    expect(await db.securitySetting.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      requireSecondFactor: true,
    });
    expect([await db.staffUser.count(), await db.auditEvent.count()]).toEqual([accounts, audits]);
  });
});
