// Every request form, found by its type: the work queue, the acknowledgement emails, a copy of
// someone's data, corrections, erasure and retention all go through this list, so a new request
// form is added here (and to REQUEST_TYPES) rather than to each of them.
import type { RequestFormDescriptor } from './descriptor';
import { enquiryForm } from './enquiry';
import { quoteForm } from './quote';
import { REQUEST_TYPES, type RequestType } from '../validations/requests';

export const REQUEST_FORMS = { enquiry: enquiryForm, quote: quoteForm } as const satisfies {
  [T in RequestType]: RequestFormDescriptor<T>;
};

/** In the order lists and copies show them. */
export const REQUEST_FORM_LIST: readonly RequestFormDescriptor[] = REQUEST_TYPES.map((type) => REQUEST_FORMS[type]);

/** The key of each request form's copy section and retention period: "enquiries" | "quotes". */
export type RequestFormKey = (typeof REQUEST_FORMS)[RequestType]['key'];

// Whether an address's segment names a request form (/admin/requests/<type>/<id>).
export function isRequestType(value: string): value is RequestType {
  return (REQUEST_TYPES as readonly string[]).includes(value);
}
