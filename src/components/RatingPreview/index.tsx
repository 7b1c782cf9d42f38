/**
 * Lazy entry of the rating preview: pages import this small file; the tool's code (and the
 * decimal.js rating core) is its own chunk, loaded in the browser only.
 */
import React from 'react';
import WidgetShell from '@site/src/components/WidgetShell';

const load = () => import('./RatingPreview');

export default function RatingPreviewWidget() {
  return <WidgetShell title="Rating preview" minHeight={1400} load={load} props={{}} />;
}
