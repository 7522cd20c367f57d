// Emails to someone who made a data-rights request: the verification link, then each outcome.
// None of them says whether we hold any data about the address until the person has proved it is theirs.
import { formatDate, formatDateTime } from '../../format';
import { organisation } from '../../site-config';
import { html } from '../html';
import { buttonLink, renderEmail } from '../layout';

const hello = (name: string | null) => (name ? `Hello ${name},` : 'Hello,');
const why = (reference: string) =>
  `You are receiving this email because a data-rights request (reference ${reference}) was made for this address on ${organisation.website}.`;

type VerifyInput = { name: string | null; reference: string; what: string; verifyUrl: string; expiresAt: Date };

// The single-use link that proves the requester controls the address; the same for everyone.
export function verifyPrivacyRequestEmail({ name, reference, what, verifyUrl, expiresAt }: VerifyInput) {
  const ask = `We received a request to ${what}. To protect your information, we act on it only once you confirm that this email address is yours.`;
  const expires = formatDateTime(expiresAt);
  const ignore = 'If you did not make this request, ignore this email: nothing will happen.';
  return renderEmail({
    subject: `Confirm your data request ${reference}`,
    preheader: 'Confirm it is you, so we can act on your request.',
    body: html`<p>${hello(name)}</p>
      <p>${ask}</p>
      ${buttonLink(verifyUrl, 'Confirm my request')}
      <p>Or copy this address into your browser:<br /><a href="${verifyUrl}">${verifyUrl}</a></p>
      <p>The link works once, until ${expires}. ${ignore}</p>`,
    text: `${hello(name)}\n\n${ask}\n\nConfirm your request:\n${verifyUrl}\n\nThe link works once, until ${expires}. ${ignore}`,
    why: why(reference),
  });
}

type OutcomeInput = {
  name: string | null;
  reference: string;
  subject: string;
  paragraphs: string[];
  link?: { url: string; label: string };
};

// One template for every later step (received, copy ready, corrected, erased, extended, refused).
export function privacyOutcomeEmail({ name, reference, subject, paragraphs, link }: OutcomeInput) {
  const contact = `If you have any questions, reply to this email or write to ${organisation.email}, quoting ${reference}.`;
  const body = html`<p>${hello(name)}</p>
    ${paragraphs.map((p) => html`<p>${p}</p>`)}${link ? buttonLink(link.url, link.label) : ''}${
      link ? html`<p>Or copy this address into your browser:<br /><a href="${link.url}">${link.url}</a></p>` : ''
    }
    <p>${contact}</p>`;
  const linkText = link ? `\n\n${link.label}:\n${link.url}` : '';
  return renderEmail({
    subject: `${subject} (${reference})`,
    preheader: paragraphs[0] ?? subject,
    body,
    text: `${hello(name)}\n\n${paragraphs.join('\n\n')}${linkText}\n\n${contact}`,
    why: why(reference),
  });
}

// "by 3 December 2026", for the emails that state a deadline.
export const byDate = (date: Date) => `by ${formatDate(date)}`;
