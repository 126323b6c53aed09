/**
 * The local date a reminder goes out, `daysBefore` calendar days before the interview's local date, weekends
 * included (an interview on Monday with 2 days: Saturday). Plain date arithmetic on the wall-clock date the
 * recruiter chose, so no zone can move it; the server sends at 09:00 on that date in the organisation's zone.
 */
export function reminderDay(interviewDate: string, daysBefore: number): string {
  const [year = 0, month = 1, day = 1] = interviewDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day - daysBefore)).toISOString().slice(0, 10);
}
