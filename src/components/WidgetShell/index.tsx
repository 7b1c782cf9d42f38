/**
 * The frame every in-page tool sits in.
 *
 * On the server and until hydration it renders a fixed-height skeleton with the tool's title, so
 * the page does not jump and pages load no tool code up front. In the browser it loads the tool
 * lazily (`load` is a dynamic import, so the tool is its own chunk) and wraps it in an error
 * boundary: a tool that throws shows a recoverable message; the rest of the page stays.
 */
import React, {
  Component,
  Suspense,
  lazy,
  useCallback,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ErrorInfo,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import styles from './styles.module.css';

export type WidgetModule<P> = { default: ComponentType<P> };

export interface WidgetShellProps<P extends object> {
  /** Short name of the tool, shown in the skeleton and as the region's accessible name. */
  title: string;
  /** Height reserved before the tool loads (pixels); keep it close to the tool's real height. */
  minHeight?: number;
  /** `() => import('./MyTool')`; define it once at module level so it stays the same function. */
  load: () => Promise<WidgetModule<P>>;
  props: P;
}

const subscribeNever = () => () => {};

/**
 * False on the server and during hydration, true afterwards: the same rule as Docusaurus's
 * BrowserOnly, without importing it, so this shell also runs in unit tests.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

/** Fills the shell's reserved height (the shell is a flex column). */
export function WidgetSkeleton({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className={styles.skeleton} aria-busy="true">
      <p className={styles.skeletonTitle}>{title}</p>
      <p className={styles.skeletonText}>{children ?? 'Loading the tool…'}</p>
      <noscript>
        <p className={styles.skeletonText}>This tool runs in your browser and needs JavaScript.</p>
      </noscript>
    </div>
  );
}

type BoundaryProps = { title: string; children: ReactNode; onRetry: () => void };
type BoundaryState = { error: Error | null };

/** One per tool: what a tool throws stays inside its frame. */
export class WidgetErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Visible in the console for bug reports; the reader sees the message below.
    console.error(`[${this.props.title}]`, error, info.componentStack);
  }

  private retry = () => {
    this.setState({ error: null });
    this.props.onRetry();
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const message = error.message.trim().replace(/\.$/, '') || 'an unexpected error';
    return (
      <div className={styles.error} role="alert">
        <p>
          This tool hit a problem: {message}. Your input is kept.{' '}
          <button type="button" className="button button--sm button--primary" onClick={this.retry}>
            Try again
          </button>
        </p>
      </div>
    );
  }
}

function LoadedWidget<P extends object>({
  title,
  load,
  props,
}: Omit<WidgetShellProps<P>, 'minHeight'>) {
  // A fresh lazy component per attempt: React.lazy caches a failed import, and "Try again" after
  // a chunk failed to download must import again.
  const makeLazy = useCallback(() => lazy(load), [load]);
  const [state, setState] = useState<{
    attempt: number;
    Widget: LazyExoticComponent<ComponentType<P>>;
  }>(() => ({ attempt: 0, Widget: makeLazy() }));
  const onRetry = useCallback(
    () => setState((previous) => ({ attempt: previous.attempt + 1, Widget: makeLazy() })),
    [makeLazy],
  );
  const { Widget } = state;
  return (
    <WidgetErrorBoundary title={title} onRetry={onRetry} key={state.attempt}>
      <Suspense fallback={<WidgetSkeleton title={title} />}>
        {/* The props object is the tool's own; JSX spread keeps its type. */}
        <Widget {...(props as P & React.JSX.IntrinsicAttributes)} />
      </Suspense>
    </WidgetErrorBoundary>
  );
}

/**
 * True once the tool should load: after hydration, when the frame comes within about a screen
 * of the viewport, at an idle moment. A tool far down a long page costs nothing until the reader
 * scrolls towards it, and no tool competes with the page's own code for the first paint.
 */
export function useLoadWhenNear(target: React.RefObject<HTMLElement | null>): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return undefined;
    let cancelIdle = () => {};
    const loadSoon = () => {
      if (typeof window.requestIdleCallback === 'function') {
        const handle = window.requestIdleCallback(() => setReady(true), { timeout: 300 });
        cancelIdle = () => window.cancelIdleCallback(handle);
      } else {
        const handle = window.setTimeout(() => setReady(true), 0);
        cancelIdle = () => window.clearTimeout(handle);
      }
    };
    const element = target.current;
    if (!element || typeof IntersectionObserver === 'undefined') {
      loadSoon();
      return () => cancelIdle();
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          loadSoon();
        }
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelIdle();
    };
  }, [ready, target]);
  return ready;
}

export default function WidgetShell<P extends object>({
  title,
  minHeight = 480,
  load,
  props,
}: WidgetShellProps<P>) {
  const hydrated = useHydrated();
  const frame = useRef<HTMLElement>(null);
  const ready = useLoadWhenNear(frame);
  return (
    <section ref={frame} className={styles.shell} aria-label={title} style={{ minHeight }}>
      {hydrated && ready ? (
        <LoadedWidget title={title} load={load} props={props} />
      ) : (
        <WidgetSkeleton title={title} />
      )}
    </section>
  );
}
