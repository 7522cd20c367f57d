// Every request form's table, by type, in the order of REQUEST_TYPES. The work queue, a copy of
// someone's data, corrections, erasure, retention and the dashboard read this list.
import { enquiryTable } from './enquiries';
import { quoteTable } from './quotes';
import type { RequestTable } from './request-table';
import { REQUEST_TYPES, type RequestType } from '../../validations/requests';

const TABLES: { [T in RequestType]: RequestTable } = { enquiry: enquiryTable, quote: quoteTable };

/** Each request form's table, in the order lists and copies show them. */
export const REQUEST_TABLES: readonly RequestTable[] = REQUEST_TYPES.map((type) => TABLES[type]);

// The table behind one type of request.
export const requestTable = (type: RequestType): RequestTable => TABLES[type];
