/**
 * Wide Markdown tables scroll sideways inside their own box. A scrolling region must be
 * reachable from the keyboard (axe: scrollable-region-focusable), so every table gets
 * `tabindex="0"`; keyboard users can then focus it and scroll with the arrow keys.
 */
import type { Root, Element } from 'hast';

function visit(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'table') {
      child.properties = { ...child.properties, tabIndex: 0 };
    }
    visit(child);
  }
}

export default function rehypeFocusableTables() {
  return (tree: Root) => {
    visit(tree);
  };
}
