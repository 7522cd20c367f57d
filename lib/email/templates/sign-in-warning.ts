// Told to a member of staff when many wrong passwords are tried for their account: nobody is locked
// out by it (only the addresses guessing are), but they should know.
import { formatDateTime } from '../../format';
import { organisation } from '../../site-config';
import { html } from '../html';
import { renderEmail } from '../layout';

// Sent at most once an hour per account (the outbox key says which hour).
export function signInWarningEmail({ name, count, at }: { name: string; count: number; at: Date }) {
  const what = `${count} wrong passwords were tried for your ${organisation.tradingName} back-office account within the hour before ${formatDateTime(at)}.`;
  const ok = 'You can still sign in as usual from your own connection: only the connections guessing are paused.';
  const act = 'If this was not you, tell an admin, and consider changing your password from your account page.';
  return renderEmail({
    subject: `Wrong passwords tried for your ${organisation.tradingName} account`,
    preheader: 'Someone is guessing your password.',
    body: html`<p>Hello ${name},</p>
      <p>${what}</p>
      <p>${ok}</p>
      <p>${act}</p>`,
    text: `Hello ${name},\n\n${what}\n\n${ok}\n\n${act}`,
    why: `You are receiving this email because you have a back-office account on ${organisation.website}.`,
  });
}
