import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { organisation } from '@/lib/site-config';
import './globals.css';

export const metadata: Metadata = {
  title: { default: `${organisation.tradingName}: business energy made simple`, template: `%s | ${organisation.tradingName}` },
  description: `${organisation.tradingName} helps UK businesses compare and buy gas and electricity.`,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
