'use server';
// A member of staff's own passkeys, from their account page. Adding one takes two calls from the
// browser (a challenge, then the passkey's answer), so it needs JavaScript; removing one does not.
import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { redirect } from 'next/navigation';
import { formError } from '../../action-state';
import { accountChanged, behindConfirmation, lastFactorRefusal } from '../../auth/account-change';
import { accountAction } from '../../auth/guarded-action';
import { parsePasskeyAnswer } from '../../auth/passkey-answer';
import { passkeyCreationOptions, passkeysAvailable, verifyPasskeyCreation } from '../../auth/passkeys';
import { addPasskey, removePasskey } from '../../data/staff/passkeys';
import { addPasskeySchema, passkeyAnswerSchema, removePasskeySchema } from '../../validations/staff';

const UNAVAILABLE =
  'Passkeys need the site to be opened at its own web address (a name, not a number). Ask whoever runs the site.';

// "Add a passkey", first call: the name and the current password are checked, and the browser gets
// the challenge to create the passkey with.
export const startAddingPasskey = behindConfirmation(addPasskeySchema, async ({ name }, { user }) => {
  if (!passkeysAvailable()) return formError(UNAVAILABLE);
  const options = await passkeyCreationOptions(user, name);
  return {
    status: 'done',
    message: 'Follow your browser’s steps to create the passkey.',
    details: { options: JSON.stringify(options) },
  };
});

// "Add a passkey", second call: the new passkey, if it answers this account's challenge. Adding one
// signs out every other browser, as adding an app does.
export const finishAddingPasskey = accountAction(
  passkeyAnswerSchema,
  async ({ response }, _values, { user, sessionId }) => {
    const answer = parsePasskeyAnswer<RegistrationResponseJSON>(response);
    const passkey = answer && (await verifyPasskeyCreation(user.id, answer));
    if (!passkey)
      return formError(
        'The passkey could not be added: the browser’s answer was not accepted, or took too long. Try again.',
      );
    if (!(await addPasskey(user.id, passkey, sessionId))) return formError('That passkey is already on your account.');
    await accountChanged(
      user,
      'passkey-added',
      `A passkey named “${passkey.name}” was added to it, and every other device was signed out`,
      { name: passkey.name },
    );
    redirect('/admin/account?added=passkey');
  },
);

// "Remove" beside a passkey; refused when it is the last second factor and the rules require one.
export const removePasskeyAction = behindConfirmation(removePasskeySchema, async ({ passkeyId }, { user }) => {
  const refusal = await lastFactorRefusal(user.id, 'passkey');
  if (refusal) return formError(refusal);
  const name = await removePasskey(user.id, passkeyId);
  if (name === null) return formError('That passkey is not on your account (it may have been removed already).');
  await accountChanged(user, 'passkey-removed', `The passkey named “${name}” was removed from it`, { name });
  redirect('/admin/account?removed=passkey');
});
