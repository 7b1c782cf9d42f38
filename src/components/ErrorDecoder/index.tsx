/**
 * Lazy entry of the error decoder: pages import this file only. The decoder and the catalog it
 * reads are a separate chunk, loaded in the browser when the page shows the tool.
 */
import React from 'react';
import WidgetShell from '@site/src/components/WidgetShell';
import type { ErrorDecoderProps } from './ErrorDecoder';

const load = () => import('./ErrorDecoder');

export default function ErrorDecoder(props: ErrorDecoderProps) {
  return <WidgetShell title="Error decoder" minHeight={640} load={load} props={props} />;
}
