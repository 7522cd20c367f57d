'use client';
// A prerendered page that fails while the visitor moves around with JavaScript: as on any public page.
export { default } from '../../../(site)/error';
