// Told to a member of staff whenever their account's sign-in changes (an authenticator app added or
// removed, new recovery codes, a recovery code used), so a change they did not make is noticed.
import { formatDateTime } from '../../format';
import { organisation } from '../../site-config';
import { html } from '../html';
import { renderEmail } from '../layout';

// `change` is a sentence about the account, such as "An authenticator app was added to it".
export function accountSecurityEmail({ name, change, at }: { name: string; change: string; at: Date }) {
  const what = `${change} on ${formatDateTime(at)}.`;
  const act =
    'If this was you, there is nothing to do. If it was not, tell an admin at once: they can sign you out everywhere and reset your second factor.';
  return renderEmail({
    subject: `Your ${organisation.tradingName} back-office sign-in was changed`,
    preheader: change,
    body: html`<p>Hello ${name},</p>
      <p>Your back-office account’s sign-in has changed. ${what}</p>
      <p>${act}</p>`,
    text: `Hello ${name},\n\nYour back-office account’s sign-in has changed. ${what}\n\n${act}`,
    why: `You are receiving this email because you have a back-office account on ${organisation.website}.`,
  });
}
