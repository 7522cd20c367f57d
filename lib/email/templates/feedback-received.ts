// The thank-you for feedback; where the person allowed publication, it says how and gives the
// link that withdraws the permission at any time.
import { organisation } from '../../site-config';
import { html } from '../html';
import { buttonLink, renderEmail } from '../layout';

type Input = {
  name: string;
  reference: string;
  permission: 'NONE' | 'NAMED' | 'ANONYMOUS';
  withdrawUrl: string | null;
};

// Sent for every feedback form; only the permission paragraph differs.
export function feedbackReceivedEmail({ name, reference, permission, withdrawUrl }: Input) {
  const thanks = `Thank you for your feedback (reference ${reference}). Everyone in the team reads it.`;
  const how = permission === 'NAMED' ? 'with your name and company' : 'without your name';
  const publish =
    permission === 'NONE' || !withdrawUrl
      ? 'You asked us to keep it private, so we will not publish it.'
      : `You said we may publish it on our website ${how}, once we have reviewed it. You can withdraw this permission at any time, and we will take it down.`;
  return renderEmail({
    subject: `Thank you for your feedback (${reference})`,
    preheader: thanks,
    body: html`<p>Hello ${name},</p>
      <p>${thanks}</p>
      <p>${publish}</p>
      ${withdrawUrl ? buttonLink(withdrawUrl, 'Withdraw my permission to publish') : ''}`,
    text: `Hello ${name},\n\n${thanks}\n\n${publish}${withdrawUrl ? `\n\nWithdraw your permission to publish:\n${withdrawUrl}` : ''}`,
    why: `You are receiving this email because you sent feedback through ${organisation.website}.`,
  });
}
