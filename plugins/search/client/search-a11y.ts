/**
 * ARIA repairs for the local search's suggestion widget (autocomplete.js speaks ARIA 1.0):
 * - the combobox input names its list with aria-owns only; ARIA 1.2 wants aria-controls;
 * - the list holds a "See all results" link and plain wrappers, where a listbox may hold options
 *   only: the link becomes an option, the wrappers become presentational.
 * The widget is created and re-rendered by the plugin, so the repairs run on DOM changes in the
 * navbar search container.
 */
const CONTAINER = '.navbar__search';

function repair(container: Element): void {
  for (const input of container.querySelectorAll('input[role="combobox"][aria-owns]')) {
    const owns = input.getAttribute('aria-owns') ?? '';
    if (input.getAttribute('aria-controls') !== owns) input.setAttribute('aria-controls', owns);
  }
  for (const listbox of container.querySelectorAll('[role="listbox"]')) {
    for (const element of listbox.querySelectorAll('*')) {
      if (element.hasAttribute('role')) continue;
      const isLink = element.tagName === 'A';
      // Only elements on the way to the options need a role; text inside options keeps none.
      if (element.closest('[role="option"]')) continue;
      element.setAttribute('role', isLink ? 'option' : 'presentation');
    }
  }
}

function watch(): void {
  const observer = new MutationObserver((records) => {
    const containers = new Set<Element>();
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      const container = target?.closest(CONTAINER);
      if (container) containers.add(container);
    }
    observer.disconnect();
    containers.forEach(repair);
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-owns'],
    });
  });
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-owns'],
  });
}

if (typeof window !== 'undefined' && typeof MutationObserver !== 'undefined') {
  if (document.body) watch();
  else window.addEventListener('DOMContentLoaded', watch, { once: true });
}
