// The email that lets a new colleague choose their back-office password.
import { formatDateTime } from '../../format';
import { organisation } from '../../site-config';
import { html } from '../html';
import { buttonLink, renderEmail } from '../layout';

// Sent when an admin adds a member of staff.
export function staffInvitationEmail({
  name,
  invitedBy,
  setupUrl,
  expiresAt,
}: {
  name: string;
  invitedBy: string;
  setupUrl: string;
  expiresAt: Date;
}) {
  const intro = `${invitedBy} has given you an account for the ${organisation.tradingName} back office.`;
  const expires = formatDateTime(expiresAt);
  return renderEmail({
    subject: `Your ${organisation.tradingName} back-office account`,
    preheader: 'Choose your password to start.',
    body: html`<p>Hello ${name},</p>
      <p>${intro}</p>
      ${buttonLink(setupUrl, 'Choose my password')}
      <p>Or copy this address into your browser:<br /><a href="${setupUrl}">${setupUrl}</a></p>
      <p>The link works once, until ${expires}.</p>`,
    text: `Hello ${name},\n\n${intro}\n\nChoose your password:\n${setupUrl}\n\nThe link works once, until ${expires}.`,
    why: `You are receiving this email because an administrator of ${organisation.website} added you as a member of staff.`,
  });
}
