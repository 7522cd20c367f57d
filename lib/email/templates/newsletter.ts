// A newsletter issue as each subscriber receives it: the body rendered once, then framed per person
// with their own unsubscribe link, visible in both parts and in the List-Unsubscribe headers.
import { organisation } from '../../site-config';
import { html, trustedHtml } from '../html';
import { renderEmail } from '../layout';
import { markdownParts } from '../markdown';

export type NewsletterContent = { subject: string; bodyHtml: string; bodyText: string; preheader: string };

// Rendered once per send (Markdown is the slow part), not once per subscriber.
export function newsletterContent(subject: string, markdown: string): NewsletterContent {
  const { html: bodyHtml, text: bodyText } = markdownParts(markdown);
  return {
    subject,
    bodyHtml,
    bodyText,
    preheader:
      bodyText
        .split('\n')
        .find((l) => l.trim())
        ?.slice(0, 120) ?? subject,
  };
}

/** Both links of one subscriber's copy: the page a person opens, and what List-Unsubscribe names. */
export type UnsubscribeLinks = { unsubscribeUrl: string; oneClickUrl: string };

// One subscriber's copy; `oneClickUrl` is what mail providers POST to (RFC 8058).
export function newsletterEmail(content: NewsletterContent, { unsubscribeUrl, oneClickUrl }: UnsubscribeLinks) {
  const rendered = renderEmail({
    subject: content.subject,
    preheader: content.preheader,
    body: trustedHtml(content.bodyHtml),
    text: `${content.bodyText}\n\nUnsubscribe with one click: ${unsubscribeUrl}`,
    why: `You are receiving the ${organisation.tradingName} newsletter because you subscribed and confirmed your address.`,
    footerLinks: html`<p style="margin:0 0 8px">
      <a href="${unsubscribeUrl}" style="color:#0b3d5c">Unsubscribe</a> from these emails at any time.
    </p>`,
  });
  return {
    ...rendered,
    headers: { 'List-Unsubscribe': `<${oneClickUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
