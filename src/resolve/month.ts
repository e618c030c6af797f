/**
 * The month of GDPR Art. 12(3), in days. Counted as Regulation (EEC, Euratom) No 1182/71 counts it, a
 * month ends on the same date of the next month, or on its last day when it has no such date: 28 to
 * 31 days.
 */
export const SHORTEST_MONTH_DAYS = 28;
export const LONGEST_MONTH_DAYS = 31;

/** Whether a period of this many days ends within one month, whatever day it starts on. */
export function alwaysWithinAMonth(days: number): boolean {
  return days <= SHORTEST_MONTH_DAYS;
}
