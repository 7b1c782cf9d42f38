// @vitest-environment jsdom
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ClientModule } from '@docusaurus/types';
import clientModule, { scrollToAnchorBesideState } from '@site/src/clientModules/anchorBesideState';

/** jsdom has no layout, hence no scrollIntoView: record which elements were scrolled to. */
function recordScrolls(): string[] {
  const scrolled: string[] = [];
  const original = Element.prototype.scrollIntoView;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this.id);
  };
  onTestFinished(() => {
    Element.prototype.scrollIntoView = original;
  });
  return scrolled;
}

type RouteArgs = Parameters<NonNullable<ClientModule['onRouteDidUpdate']>>[0];
type Location = RouteArgs['location'];

function location(pathname: string, hash: string): Location {
  return { pathname, hash, search: '', state: null, key: 'k' } as Location;
}

describe('scrolling to the heading of a shared widget link', () => {
  it('scrolls to the heading named beside the widget entries', () => {
    const scrolled = recordScrolls();
    document.body.innerHTML = '<h2 id="pooling-rules">Pooling rules</h2><h2 id="café">Café</h2>';
    expect(scrollToAnchorBesideState('#pooling-rules&rate=1.abc')).toBe(true);
    expect(scrollToAnchorBesideState('#cfg=1.abc&caf%C3%A9')).toBe(true);
    expect(scrolled).toEqual(['pooling-rules', 'café']);
  });

  it('leaves plain anchors to the browser and ignores unknown ids', () => {
    const scrolled = recordScrolls();
    document.body.innerHTML = '<h2 id="pooling-rules">Pooling rules</h2>';
    expect(scrollToAnchorBesideState('#pooling-rules')).toBe(false);
    expect(scrollToAnchorBesideState('#no-such-heading&rate=1.abc')).toBe(false);
    expect(scrollToAnchorBesideState('#rate=1.abc')).toBe(false);
    expect(scrolled).toEqual([]);
  });

  it('runs on first load and on navigation, not when a widget only rewrites its entry', () => {
    const scrolled = recordScrolls();
    document.body.innerHTML = '<h2 id="tiers">Tiers</h2>';
    const onRouteDidUpdate = clientModule.onRouteDidUpdate as (args: RouteArgs) => void;
    onRouteDidUpdate({ location: location('/docs/a', '#tiers&cfg=1.x'), previousLocation: null });
    onRouteDidUpdate({
      location: location('/docs/a', '#tiers&cfg=1.y'),
      previousLocation: location('/docs/a', '#tiers&cfg=1.x'),
    });
    onRouteDidUpdate({
      location: location('/docs/b', '#tiers&cfg=1.y'),
      previousLocation: location('/docs/a', '#tiers&cfg=1.y'),
    });
    expect(scrolled).toEqual(['tiers', 'tiers']);
  });
});
