import type { MetadataRoute } from 'next';
import { organisation } from '@/lib/site-config';

// /manifest.webmanifest: the name and icons a phone uses when the site is added to a home screen.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: organisation.tradingName,
    short_name: organisation.shortName,
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#14213d',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  };
}
