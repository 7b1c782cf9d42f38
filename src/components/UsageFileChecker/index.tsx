/**
 * Lazy entry of the usage-file checker: pages import this file only. The widget, the core and
 * the worker are loaded in the browser when a page shows the tool.
 */
import React from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import WidgetShell from '@site/src/components/WidgetShell';
import type { UsageFileCheckerProps } from './UsageFileChecker';

const load = () => import('./UsageFileChecker');

export default function UsageFileChecker(
  props: Omit<UsageFileCheckerProps, 'samplesBaseUrl' | 'runner'>,
) {
  const samplesBaseUrl = useBaseUrl('/samples/');
  return (
    <WidgetShell
      title="Usage file checker"
      minHeight={620}
      load={load}
      props={{ ...props, samplesBaseUrl }}
    />
  );
}
