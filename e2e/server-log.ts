// Where the main test server's output is kept (playwright.config.ts), for e2e/log-scan.spec.ts.
export const SERVER_LOG = '.data/e2e-server.log';
