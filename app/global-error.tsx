'use client';
import { ErrorPanel } from '@/components/errors/error-panel';
import './globals.css';

// The document itself failed: this replaces it whole, so it brings its own <html> and styles.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en-GB">
      <body>
        <main id="main">
          <ErrorPanel digest={error.digest} home={{ href: '/', label: 'Go to the home page' }} />
        </main>
      </body>
    </html>
  );
}
