import net, { type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { smtpTransport } from './transports';
import type { ClaimedMessage } from '../data/email/outbox';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const message = (i: number): ClaimedMessage => ({
  id: `id-${i}`,
  messageKey: `test:${i}`,
  kind: 'test',
  toAddress: `to${i}@example.com`,
  subject: `Message ${i}`,
  textBody: 'Hello',
  htmlBody: '<p>Hello</p>',
  headers: {},
  attempts: 1,
  eraseAfterSend: false,
  sealedLinks: null,
});

async function listen(
  server: { listen: (port: number, host: string, cb: () => void) => unknown },
  address: () => AddressInfo,
) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return address().port;
}

describe('smtpTransport', () => {
  it('sends a batch over pooled connections, never more than five at once', async () => {
    let connections = 0;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onConnect: (_s, cb) => (connections++, cb()),
      onData: (stream, _s, cb) => (stream.resume(), stream.on('end', () => cb())),
    });
    const port = await listen(server, () => server.server.address() as AddressInfo);
    closers.push(() => new Promise((r) => server.close(() => r())));
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`, 'Lumina <info@example.com>');
    closers.push(async () => transport.close?.());
    await Promise.all(Array.from({ length: 20 }, (_, i) => transport.send(message(i))));
    expect(connections).toBeGreaterThan(0);
    expect(connections).toBeLessThanOrEqual(5);
  });

  it('gives up on a server that never greets within the configured time, not nodemailer’s ten minutes', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => void sockets.push(socket));
    const port = await listen(silent, () => silent.address() as AddressInfo);
    closers.push(() => new Promise((r) => (sockets.forEach((s) => s.destroy()), silent.close(() => r()))));
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`, 'Lumina <info@example.com>', { greetingTimeout: 300 });
    closers.push(async () => transport.close?.());
    const started = Date.now();
    await expect(transport.send(message(1))).rejects.toThrow(/greeting/i);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
