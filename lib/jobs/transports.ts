// Where emails go: an SMTP server through nodemailer when SMTP_URL is set; otherwise they are kept
// in the outbox itself and read in the admin Mailbox, so every flow can be followed locally.
import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { ClaimedMessage } from '../data/email/outbox';
import { log } from '../log/logger';

export type Transport = { name: string; send: (message: ClaimedMessage) => Promise<void>; close?: () => void };

// The sender's domain, for Message-IDs.
function domainOf(from: string): string {
  return /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
}

// The same message key always gives the same Message-ID, so a copy delivered twice (a worker that
// died after sending but before recording it) is recognisably the same email.
export function messageIdFor(messageKey: string, from: string): string {
  return `<${createHash('sha256').update(messageKey).digest('hex').slice(0, 32)}@${domainOf(from)}>`;
}

/** Connection limits and timeouts; the outbox renews its lease while a slow server keeps a message. */
export const SMTP_OPTIONS = {
  pool: true,
  maxConnections: 5,
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 20_000,
};

// Sends through an SMTP server; connection problems are thrown for the worker to retry. The options
// go in the transport's own configuration (beside the URL): given as createTransport's second
// argument they would be message defaults, and nothing would be pooled or time out as meant.
export function smtpTransport(url: string, from: string, options: Partial<typeof SMTP_OPTIONS> = {}): Transport {
  const transporter = nodemailer.createTransport({ ...SMTP_OPTIONS, ...options, url });
  return {
    name: 'smtp',
    async send(message) {
      await transporter.sendMail({
        from,
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody,
        headers: message.headers,
        messageId: messageIdFor(message.messageKey, from),
        disableFileAccess: true,
        disableUrlAccess: true,
      });
    },
    close: () => transporter.close(),
  };
}

// Keeps the message where it is (the outbox row is the mailbox) and says so in the server log.
export function mailboxTransport(): Transport {
  return {
    name: 'mailbox',
    send(message) {
      log.debug(
        { job: 'outbox', messageId: message.id, kind: message.kind },
        'Kept in the Mailbox (no SMTP_URL): read it at /admin/mailbox',
      );
      return Promise.resolve();
    },
  };
}
