import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Loaded from node_modules at run time: PGlite and the schema engine read their own .wasm files.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/schema-engine-wasm'],
  poweredByHeader: false,
  // proxy.ts refuses larger posts first, with a 413 and a message; this is the backstop.
  experimental: { serverActions: { bodySizeLimit: '128kb' } },
  reactStrictMode: true,
};

export default nextConfig;
