/**
 * A shared widget link such as `/docs/faq/pooling#pooling-rules&rate=1.x` names a heading and a
 * widget's input. Neither the browser (on load) nor Docusaurus (on client-side navigation) finds
 * an element whose id is the whole hash, so both leave the reader at the top of the page. This
 * scrolls to the heading instead, on every route update whose hash holds widget entries.
 */
import type { ClientModule } from '@docusaurus/types';
import { anchorBesideState } from '../hooks/hashParts';

export function scrollToAnchorBesideState(hash: string, doc: Document = document): boolean {
  const anchor = anchorBesideState(hash);
  if (anchor === null) return false;
  const target = doc.getElementById(anchor);
  if (!target) return false;
  target.scrollIntoView();
  return true;
}

const clientModule: ClientModule = {
  onRouteDidUpdate({ location, previousLocation }) {
    // Only when the page or the anchor changed: widgets rewrite the hash as the reader types.
    if (
      previousLocation &&
      previousLocation.pathname === location.pathname &&
      anchorBesideState(previousLocation.hash) === anchorBesideState(location.hash)
    ) {
      return;
    }
    scrollToAnchorBesideState(location.hash);
  },
};

export default clientModule;
