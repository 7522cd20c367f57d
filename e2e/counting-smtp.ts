// An SMTP server of a test's own, on loopback: it takes `delayMs` to accept each message (so a send
// is still under way when a server is stopped or killed), can hold every answer until released, and
// counts what it accepted by Message-ID, which the site derives from each email's key.
import { once } from 'node:events';
import { SMTPServer } from 'smtp-server';

export type CountingSmtp = {
  url: string;
  /** How many times each Message-ID was accepted. */
  accepted: Map<string, number>;
  hold: () => void;
  release: () => void;
  close: () => Promise<void>;
};

// Listens on `port`; `delayMs` is how long each message takes to be accepted.
export async function countingSmtp(port: number, delayMs: number): Promise<CountingSmtp> {
  const accepted = new Map<string, number>();
  let held: (() => void)[] | null = null;
  const closed = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => (head.length < 4_000 ? (head += chunk.toString('latin1')) : undefined));
      stream.on('end', () => {
        const id = /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? '(none)';
        const accept = () =>
          setTimeout(() => {
            // A sender that died while its answer was held never heard it: not accepted.
            if (closed.has(session.id)) return;
            accepted.set(id, (accepted.get(id) ?? 0) + 1);
            callback();
          }, delayMs);
        if (held) held.push(accept);
        else accept();
      });
    },
  });
  // A site stopped or killed in the middle of a message resets its connection; smtp-server reports that
  // as an 'error' event, which would throw in the test runner if nothing listened. The unsent message is
  // what the tests then count, so the reset itself is expected.
  server.on('error', () => {});
  server.listen(port, '127.0.0.1');
  await once(server.server, 'listening');
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    hold: () => (held ??= []),
    release: () => {
      const waiting = held ?? [];
      held = null;
      waiting.forEach((accept) => accept());
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
