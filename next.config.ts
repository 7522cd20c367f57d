import type { NextConfig } from 'next';
import { SECURITY_HEADERS } from './lib/security/headers';

const nextConfig: NextConfig = {
  // Loaded from node_modules at run time: PGlite and the schema engine read their own .wasm files.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/schema-engine-wasm', '@node-rs/argon2'],
  poweredByHeader: false,
  // proxy.ts refuses larger posts first, with a 413 and a message; this is the backstop.
  // authInterrupts: forbidden() answers staff who lack the admin role with a 403 page.
  experimental: { serverActions: { bodySizeLimit: '640kb' }, authInterrupts: true },
  reactStrictMode: true,
  // Every response, static files included; proxy.ts adds them to its own refusals and sets the CSP.
  async headers() {
    return [{ source: '/:path*', headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
