import { useRef, useState } from 'react';

/**
 * Which of step 1's problems to show: a field left empty waits until the recruiter has been there or pressed Next
 * (`waitsForVisit`); what was typed wrong shows at once. Next goes on only without problems, else to their summary.
 */
export function useStepProblems<Problem extends string>(problems: Readonly<Record<string, Problem>>, waitsForVisit: readonly Problem[]) {
  const [visited, setVisited] = useState<ReadonlySet<string>>(new Set());
  const [triedNext, setTriedNext] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const outstanding = Object.entries(problems) as [string, Problem][];

  return {
    summaryRef,
    triedNext,
    outstanding,
    /** The problem of `field` if it is to be shown now. */
    shown(field: string): Problem | undefined {
      const problem = problems[field];
      if (!problem || (waitsForVisit.includes(problem) && !triedNext && !visited.has(field))) return undefined;
      return problem;
    },
    visit(field: string) {
      if (!visited.has(field)) setVisited(new Set([...visited, field]));
    },
    /** Next pressed: true when the step may be left; else the summary of what is missing takes the focus. */
    tryNext(): boolean {
      setTriedNext(true);
      if (outstanding.length === 0) return true;
      summaryRef.current?.focus();
      return false;
    },
  };
}
