// Secrets the test server is started with (playwright.config.ts) because the tests must make values
// the site would make: consent cookies planted to test re-prompting.
export const E2E_CONSENT_COOKIE_SECRET = 'e2e-consent-cookie-secret-of-32-characters-or-more';
