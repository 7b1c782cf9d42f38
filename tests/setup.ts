/**
 * Shared test setup. Testing Library's DOM matchers are added when a DOM exists (component
 * tests opt into jsdom with a `@vitest-environment jsdom` comment at the top of the file).
 */
import { afterEach, expect } from 'vitest';
import * as matchers from '@testing-library/jest-dom/matchers';

expect.extend(matchers);

if (typeof window !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => {
    cleanup();
  });
}
