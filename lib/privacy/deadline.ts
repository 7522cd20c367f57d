// Statutory deadlines for data-rights requests (UK GDPR art. 12(3)): one calendar month from the
// day the request is verified, extendable by two further months; all reckoned in UK dates.
import { type UkDay, ukInstant, ukParts } from '../uk-time';
import { isNonWorkingDay } from './bank-holidays';

type Day = UkDay;

// The instant a UK calendar day ends (23:59:59.999 UK time, GMT or BST).
const endOfUkDay = (day: Day) => ukInstant(day, 23, 59, 59, 999);

// The same day number `months` later, or that month's last day when it is shorter (31 Jan → 28 Feb).
function addMonths({ y, m, d }: Day, months: number): Day {
  const index = m - 1 + months;
  const year = y + Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { y: year, m: month, d: Math.min(d, last) };
}

// A deadline on a weekend or bank holiday moves to the next working day (as the ICO allows).
function nextWorkingDay(day: Day): Day {
  let { y, m, d } = day;
  while (isNonWorkingDay(y, m, d)) {
    const next = new Date(Date.UTC(y, m - 1, d + 1));
    [y, m, d] = [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
  }
  return { y, m, d };
}

// When a request verified at `verifiedAt` must be answered: the end of the UK day one calendar
// month later (or `months` later), moved to a working day.
export function dueDateFrom(verifiedAt: Date, months = 1): Date {
  return endOfUkDay(nextWorkingDay(addMonths(ukParts(verifiedAt), months)));
}

// The extended deadline: two further months, counted from the original start (three in all).
export function extendedDueDate(verifiedAt: Date): Date {
  return dueDateFrom(verifiedAt, 3);
}

export type DeadlineState = 'overdue' | 'due-soon' | 'on-time';

/** A request due within this many days is "due soon", and staff get a reminder. */
export const DUE_SOON_DAYS = 7;

// How a deadline stands now, for the dashboard and the reminder emails.
export function deadlineState(dueAt: Date, now = new Date()): DeadlineState {
  if (now > dueAt) return 'overdue';
  return dueAt.getTime() - now.getTime() <= DUE_SOON_DAYS * 86_400_000 ? 'due-soon' : 'on-time';
}
