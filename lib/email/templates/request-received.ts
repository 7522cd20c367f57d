// The emails a new enquiry or quote request causes: an acknowledgement to the person, with a copy
// of what they sent, and a notification to the team that answers it.
import { organisation } from '../../site-config';
import { html } from '../html';
import { buttonLink, renderEmail } from '../layout';

export type ReceivedRequest = {
  /** "enquiry" or "quote request", as the person would say it. */
  noun: string;
  reference: string;
  name: string;
  company: string;
  /** What they sent, as label and value, in the order of the form. */
  fields: [string, string][];
  nextStep: string;
};

const table = (fields: [string, string][]) =>
  html`<table
    role="presentation"
    cellpadding="0"
    cellspacing="0"
    style="border-collapse:collapse;width:100%;font-size:14px"
  >
    ${fields.map(
      ([label, value]) =>
        html`<tr>
          <th
            align="left"
            valign="top"
            style="padding:6px 12px 6px 0;border-bottom:1px solid #dde3ea;white-space:nowrap"
          >
            ${label}
          </th>
          <td style="padding:6px 0;border-bottom:1px solid #dde3ea;white-space:pre-wrap">${value}</td>
        </tr>`,
    )}
  </table>`;
const lines = (fields: [string, string][]) => fields.map(([label, value]) => `${label}: ${value}`).join('\n');

// To the person who sent the form: their reference, what happens next, and a copy of their answers.
export function requestAcknowledgementEmail(r: ReceivedRequest) {
  const intro = `Thank you for your ${r.noun}. Your reference is ${r.reference}.`;
  const copy = `This is a copy of what you sent. If anything is wrong, reply to this email or write to ${organisation.email}.`;
  return renderEmail({
    subject: `We have your ${r.noun} (${r.reference})`,
    preheader: r.nextStep,
    body: html`<p>Hello ${r.name},</p>
      <p>${intro}</p>
      <p>${r.nextStep}</p>
      <p>${copy}</p>
      ${table(r.fields)}`,
    text: `Hello ${r.name},\n\n${intro}\n\n${r.nextStep}\n\n${copy}\n\n${lines(r.fields)}`,
    why: `You are receiving this email because this address was given in a form on ${organisation.website}. It is not marketing: we use these details only to answer you.`,
  });
}

// To the team: who wrote, and a link to the request in the back office (the details stay there).
export function requestNotificationEmail(r: ReceivedRequest & { adminUrl: string }) {
  const intro = `A new ${r.noun}, ${r.reference}, from ${r.name} at ${r.company}.`;
  return renderEmail({
    subject: `New ${r.noun} ${r.reference} from ${r.company}`,
    preheader: intro,
    body: html`<p>${intro}</p>
      ${buttonLink(r.adminUrl, `Open ${r.reference}`)}
      <p>Or copy this address into your browser:<br /><a href="${r.adminUrl}">${r.adminUrl}</a></p>`,
    text: `${intro}\n\nOpen it in the back office:\n${r.adminUrl}`,
    why: `You are receiving this email because you answer enquiries and quote requests for ${organisation.website}.`,
  });
}
