/**
 * The interviews of a run of days, by the local date they start on. One that began before the first day (running
 * over midnight into it) shows on the first day, since it is still going on then.
 */
export function interviewsByDay<Interview extends { date: string }>(interviews: readonly Interview[], days: readonly string[]): Map<string, Interview[]> {
  const map = new Map<string, Interview[]>(days.map((day) => [day, []]));
  const first = days[0];
  for (const interview of interviews) {
    const day = first !== undefined && interview.date < first ? first : interview.date;
    map.get(day)?.push(interview);
  }
  return map;
}
