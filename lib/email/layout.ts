// The frame every email shares: clearly from Lumina Energy, with who we are and why the person is
// receiving it, in both the HTML and the plain-text part.
import { organisation, postalAddressLine } from '../site-config';
import { html, type SafeHtml } from './html';

export type RenderedEmail = { subject: string; text: string; html: string };

type Frame = { subject: string; preheader: string; body: SafeHtml; text: string; why: string; footerLinks?: SafeHtml };

// Wraps a message body in the branded layout and adds the plain-text footer.
export function renderEmail({ subject, preheader, body, text, why, footerLinks }: Frame): RenderedEmail {
  const legal = `${organisation.tradingName} is a trading style of ${organisation.legalName}. ${postalAddressLine()}.`;
  const page = html`<!doctype html>
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width" />
        <title>${subject}</title>
      </head>
      <body style="margin:0;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#1b2430">
        <div style="display:none;max-height:0;overflow:hidden">${preheader}</div>
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0">
          <tr>
            <td align="center" style="padding:24px 12px">
              <table
                role="presentation"
                width="100%"
                cellpadding="0"
                cellspacing="0"
                style="max-width:600px;background:#ffffff;border-radius:8px"
              >
                <tr>
                  <td
                    style="padding:20px 28px;background:#0b3d5c;border-radius:8px 8px 0 0;color:#ffffff;font-size:20px;font-weight:bold"
                  >
                    ${organisation.tradingName}
                  </td>
                </tr>
                <tr>
                  <td style="padding:28px;font-size:16px;line-height:1.5">${body}</td>
                </tr>
                <tr>
                  <td
                    style="padding:20px 28px;border-top:1px solid #dde3ea;font-size:13px;line-height:1.5;color:#4a5563"
                  >
                    <p style="margin:0 0 8px">${why}</p>
                    ${footerLinks ?? ''}
                    <p style="margin:8px 0 0">${legal}</p>
                  </td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html>`;
  const plain = `${text.trim()}\n\n--\n${why}\n${legal}\n`;
  return { subject, text: plain, html: page.value };
}

// A button-styled link that still reads as a plain link where styles are stripped.
export function buttonLink(href: string, label: string): SafeHtml {
  return html`<p style="margin:24px 0">
    <a
      href="${href}"
      style="display:inline-block;padding:12px 20px;background:#0b3d5c;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold"
      >${label}</a
    >
  </p>`;
}
