// Competition emails: the entry receipt and the winner's notice.
import { formatDateTime } from '../../format';
import { organisation } from '../../site-config';
import { html } from '../html';
import { renderEmail } from '../layout';

const why = (title: string) =>
  `You are receiving this email because you entered “${title}” on ${organisation.website}.`;

// Sent once per entry: what they entered and when the winner is drawn.
export function entryReceivedEmail({
  name,
  title,
  reference,
  closesAt,
}: {
  name: string;
  title: string;
  reference: string;
  closesAt: Date;
}) {
  const line = `Thank you for entering “${title}”. Your entry reference is ${reference}. The competition closes ${formatDateTime(closesAt)}; we draw the winner at random from the right answers after that, and tell the winner by email.`;
  return renderEmail({
    subject: `Your entry: ${title} (${reference})`,
    preheader: line,
    body: html`<p>Hello ${name},</p>
      <p>${line}</p>`,
    text: `Hello ${name},\n\n${line}`,
    why: why(title),
  });
}

// Sent to the entry drawn.
export function winnerEmail({ name, title, reference }: { name: string; title: string; reference: string }) {
  const line = `Congratulations: your entry ${reference} was drawn as the winner of “${title}”. We will be in touch about your prize; if you have any questions, reply to this email or write to ${organisation.email}.`;
  return renderEmail({
    subject: `You won: ${title}`,
    preheader: line,
    body: html`<p>Hello ${name},</p>
      <p>${line}</p>`,
    text: `Hello ${name},\n\n${line}`,
    why: why(title),
  });
}
