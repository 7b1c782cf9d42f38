/**
 * Lazy entry of the configuration checker: pages import this file only. The checker and the
 * core it runs are a separate chunk, loaded in the browser when the page shows the tool.
 */
import React from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import WidgetShell from '@site/src/components/WidgetShell';
import type { ConfigCheckerProps } from './ConfigChecker';

const load = () => import('./ConfigChecker');

export default function ConfigChecker(props: Omit<ConfigCheckerProps, 'samplesBaseUrl' | 'check'>) {
  const samplesBaseUrl = useBaseUrl('/samples/');
  return (
    <WidgetShell
      title="Configuration checker"
      minHeight={900}
      load={load}
      props={{ ...props, samplesBaseUrl }}
    />
  );
}
