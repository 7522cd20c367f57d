// A member of staff's reply to an enquiry or quote request, written in the back office. Their text is
// the body, paragraph by paragraph, every character escaped; replies to it go to the team's address.
import { organisation } from '../../site-config';
import { html } from '../html';
import { renderEmail } from '../layout';

type Reply = { name: string; reference: string; subject: string; body: string; author: string };

// The email, its HTML built from the typed text (blank lines make paragraphs, single ones line breaks).
export function requestReplyEmail({ name, reference, subject, body, author }: Reply) {
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => html`<p>${p.split('\n').map((line, i) => (i ? [html`<br />`, line] : line))}</p>`);
  const signature = `${author}\n${organisation.tradingName}`;
  return renderEmail({
    subject,
    preheader: `About your reference ${reference}`,
    body: html`<p>Hello ${name},</p>
      ${paragraphs}
      <p>${author}<br />${organisation.tradingName}</p>
      <p>Your reference: ${reference}</p>`,
    text: `Hello ${name},\n\n${body}\n\n${signature}\n\nYour reference: ${reference}`,
    why: `You are receiving this email because you contacted ${organisation.tradingName} (reference ${reference}). Reply to it to write back to us.`,
  });
}
