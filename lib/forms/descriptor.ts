// One public form, described once: its name, references, thank-you page and the words said when it
// cannot be stored. Request forms (an enquiry, a quote) say more: how their answers read, where they
// go in a copy of someone's data and how long they are kept. Client-safe: nothing here reads a server.
import type { z } from 'zod';
import type { Field } from './fields';
import type { FormName } from './names';
import type { RequestType } from '../validations/requests';

export type PublicFormDescriptor = {
  /** Keys the form's rate limits. */
  name: FormName;
  /** Starts every reference the form hands out: ENQ-7KQ4MZ. */
  prefix: string;
  /** Where the person goes once it is stored, told their reference. */
  thankYouPath: string;
  /** Shown when the database cannot take it just now (the answers are kept on the page). */
  failure: string;
  /** The form's one schema, for the browser and the server (a survey's is built from its questions). */
  schema?: z.ZodType;
};

export type RequestFormDescriptor<T extends RequestType = RequestType> = PublicFormDescriptor & {
  name: T;
  schema: z.ZodType;
  /** The form as the site names it: "Quick Enquiry". */
  title: string;
  /** One of them, as the person would say it: "enquiry". */
  noun: string;
  /** Many of them, as a heading: "Quick enquiries". */
  plural: string;
  /** Their section in a copy of someone's data, and their retention period: "enquiries". */
  key: string;
  /** What happens next, on the thank-you page and (the first) in the acknowledgement email. */
  nextSteps: readonly [string, ...string[]];
  /** What the person sent, in the form's order, as stored: the email, the staff page and the copy read these. */
  fields: Field[];
  /** Kept this many days by default; staff may shorten it to no less than the minimum. */
  retention: { defaultDays: number; minDays: number };
};

// "We couldn’t send your enquiry just now. …": said the same way by every form.
export const notStored = (what: string) =>
  `We couldn’t ${what} just now. Nothing was lost: please try again in a moment.`;
