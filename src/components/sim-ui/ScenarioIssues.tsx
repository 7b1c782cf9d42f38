/**
 * The simulators' two issue tables: the problems that stop a scenario from being simulated, and
 * the findings of a simulation that ran.
 */
import React from 'react';
import type { Issue } from '@site/src/allegro/issue';
import { IssueTable } from '@site/src/components/widget-ui/IssueTable';
import { ProblemsAlert } from './ProblemsAlert';
import styles from './styles.module.css';

export function ScenarioProblems({
  issues,
  action = 'simulated',
}: {
  issues: readonly Issue[];
  /** What cannot be done yet: "The scenario cannot be {action} until …". */
  action?: string;
}) {
  return (
    <ProblemsAlert title={`The scenario cannot be ${action} until these problems are fixed:`}>
      <IssueTable
        issues={issues}
        caption="Scenario problems"
        columns={['code', 'path', 'message']}
      />
    </ProblemsAlert>
  );
}

export function Findings({
  issues,
  caption,
  emptyText,
}: {
  issues: readonly Issue[];
  caption: string;
  /** Shown instead of the table when there is no finding. */
  emptyText: string;
}) {
  return (
    <>
      <h4 className={styles.sectionTitle}>Findings</h4>
      <IssueTable
        issues={issues}
        caption={caption}
        columns={['code', 'severity', 'path', 'message']}
        emptyText={emptyText}
      />
    </>
  );
}
