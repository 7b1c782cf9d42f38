/**
 * A simulator's input kept in the page address (useUrlState) and its result, recomputed when the
 * input changes. `run` must be a module-level function (it is not expected to change).
 */
import { useMemo } from 'react';
import type { Issue } from '@site/src/allegro/issue';
import { useUrlState, type UseUrlStateOptions } from '@site/src/hooks/useUrlState';

export function useScenario<T extends object, R>(
  options: UseUrlStateOptions<T>,
  run: (scenario: T) => R,
) {
  const url = useUrlState<T>(options);
  const scenario = url.value;
  const set = url.setValue;
  const result = useMemo(() => run(scenario), [run, scenario]);
  /** Changes some top-level fields of the input. */
  const patch = (change: Partial<T>) => set((prev) => ({ ...prev, ...change }));
  return { url, scenario, set, patch, result };
}

/** The issues about the input itself (SIM-INP-…), which the editors show beside their fields. */
export function inputIssuesOf(issues: readonly Issue[]): Issue[] {
  return issues.filter((issue) => issue.code.startsWith('SIM-INP'));
}
