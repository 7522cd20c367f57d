// The double opt-in email: nobody receives the newsletter until they follow this link.
import { formatDateTime } from '../../format';
import { organisation } from '../../site-config';
import { html } from '../html';
import { buttonLink, renderEmail } from '../layout';

type Input = { name: string | null; confirmUrl: string; expiresAt: Date };

// Sent for a newsletter sign-up and for a ticked opt-in on any other form.
export function confirmSubscriptionEmail({ name, confirmUrl, expiresAt }: Input) {
  const hello = name ? `Hello ${name},` : 'Hello,';
  const expires = formatDateTime(expiresAt);
  const ask = `Please confirm that you would like to receive the ${organisation.tradingName} newsletter, with updates on our products and services, latest news and events.`;
  const ignore =
    'If you did not ask for this, ignore this email: you will not be subscribed and we will not email you again about it.';
  return renderEmail({
    subject: `Confirm your ${organisation.tradingName} newsletter subscription`,
    preheader: 'One click to confirm your subscription.',
    body: html`<p>${hello}</p>
      <p>${ask}</p>
      ${buttonLink(confirmUrl, 'Confirm my subscription')}
      <p>Or copy this address into your browser:<br /><a href="${confirmUrl}">${confirmUrl}</a></p>
      <p>The link works until ${expires}. ${ignore}</p>`,
    text: `${hello}\n\n${ask}\n\nConfirm your subscription:\n${confirmUrl}\n\nThe link works until ${expires}. ${ignore}`,
    why: `You are receiving this email because your address was entered in a newsletter sign-up on ${organisation.website}.`,
  });
}
