// Composing and sending a newsletter in the back office: one schema for the browser and the server.
import { z } from 'zod';
import { longText, text } from './common';

/** Long enough for any newsletter; the back office accepts posts of up to 512 KB for it. */
export const NEWSLETTER_BODY_MAX = 40_000;

const newsletterId = z.uuid({ error: 'That newsletter could not be found' });

// The editor: a subject line (one line, so it cannot write other headers) and a Markdown body.
export const newsletterDraftSchema = z.object({
  newsletterId: z.union([newsletterId, z.literal('')]).default(''),
  subject: text('The subject', 150),
  markdown: longText('The body', NEWSLETTER_BODY_MAX),
});

export const newsletterRefSchema = z.object({ newsletterId });

// Sending to everyone needs a deliberate tick, beside the number of people it will reach.
export const sendNewsletterSchema = z.object({
  newsletterId,
  confirm: z.literal('yes', { error: 'Tick the box to confirm that it should go to every active subscriber' }),
});

export const NEWSLETTER_STATUSES = { DRAFT: 'Draft', SENDING: 'Sending', SENT: 'Sent' } as const;
