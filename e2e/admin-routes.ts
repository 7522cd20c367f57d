// Every back-office page and route, found on disk so that a new one cannot be missed by the sweeps.
import { readdirSync } from 'node:fs';

// app/admin/(console)/mailbox/[id]/page.tsx → /admin/mailbox/[id]
export const ADMIN_ROUTES = readdirSync('app/admin/(console)', { recursive: true, encoding: 'utf8' })
  .filter((file) => /(^|\/)(page\.tsx|route\.ts)$/.test(file))
  .map((file) => `/admin/${file.replace(/\/?(page\.tsx|route\.ts)$/, '')}`.replace(/\/$/, ''))
  .sort();

// A route's address with a made-up ID in place of each parameter.
export const routeUrl = (route: string) =>
  route.replace('[type]', 'enquiry').replace('[id]', '00000000-0000-4000-8000-000000000000');
