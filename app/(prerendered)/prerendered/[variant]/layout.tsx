import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/site/site-frame';
import { isVariant, VARIANTS, viewOfVariant } from '@/lib/consent/variant';

// Only the variants below exist; proxy.ts sends each visitor to theirs and refuses this address itself.
export const dynamicParams = false;
// Anything here that read the request would quietly make every copy render per request: the build fails instead.
export const dynamic = 'error';

// One copy of each content page per consent variant, made by `next build`.
export function generateStaticParams() {
  return VARIANTS.map((variant) => ({ variant }));
}

type Props = { children: ReactNode; params: Promise<{ variant: string }> };

// The site's frame as this variant shows it: nothing here reads the request.
export default async function PrerenderedLayout({ children, params }: Props) {
  const { variant } = await params;
  if (!isVariant(variant)) notFound();
  return <SiteFrame view={viewOfVariant(variant)}>{children}</SiteFrame>;
}
