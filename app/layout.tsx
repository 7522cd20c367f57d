import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { organisation } from '@/lib/site-config';
import './globals.css';
import './admin.css';

export const metadata: Metadata = {
  title: {
    default: `${organisation.tradingName}: business energy made simple`,
    template: `%s | ${organisation.tradingName}`,
  },
  description: `${organisation.tradingName} helps UK businesses compare and buy gas and electricity.`,
  // The icon set: app/icon.svg (linked by Next.js), and in public/ the files browsers ask for by name
  // (/favicon.ico, /apple-touch-icon.png) and the web manifest's icons.
  manifest: '/manifest.webmanifest',
};

// The document itself; the public site (app/(site)) and the back office (app/admin) each add their own frame.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>{children}</body>
    </html>
  );
}
