import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/site/site-frame';
import { COPIES, isCopy, viewOfCopy } from '@/lib/consent/variant';

// Only the copies below exist; proxy.ts sends each visitor to theirs and refuses this address itself.
export const dynamicParams = false;
// Anything here that read the request would quietly make every copy render per request: the build fails instead.
export const dynamic = 'error';

// One copy of each content page per consent variant (and the first visit's), made by `next build`.
export function generateStaticParams() {
  return COPIES.map((variant) => ({ variant }));
}

type Props = { children: ReactNode; params: Promise<{ variant: string }> };

// The site's frame as this variant shows it: nothing here reads the request.
export default async function PrerenderedLayout({ children, params }: Props) {
  const { variant } = await params;
  if (!isCopy(variant)) notFound();
  return <SiteFrame view={viewOfCopy(variant)}>{children}</SiteFrame>;
}
