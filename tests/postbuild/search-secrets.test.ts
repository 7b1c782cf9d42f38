/**
 * The Algolia admin key must never reach the site. Only `npm run search:push` reads it; the
 * build reads the public search key alone (unit-tested in tests/unit/search/config.test.ts).
 *
 * Here: no built file contains the admin key's value (when it is set in this environment) or
 * the variable's name, and the files that make up the site bundle never mention it.
 */
import fs from 'node:fs';
import path from 'node:path';

const buildDir = path.resolve(process.env.BUILD_DIR ?? 'build');
const siteRoot = path.resolve(__dirname, '..', '..');
const ADMIN_VARIABLE = 'ALGOLIA_ADMIN_API_KEY';

function filesUnder(directory: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(full));
    else found.push(full);
  }
  return found;
}

describe(`secrets in ${buildDir}`, () => {
  const files = filesUnder(buildDir);

  it('finds a build to check', () => {
    expect(files.some((file) => file.endsWith('index.html'))).toBe(true);
  });

  it('has no file that contains the admin key or its variable name', () => {
    const adminKey = (process.env[ADMIN_VARIABLE] ?? '').trim();
    const needles = [Buffer.from(ADMIN_VARIABLE)];
    if (adminKey.length >= 6) needles.push(Buffer.from(adminKey));
    const leaks = files.filter((file) => {
      const content = fs.readFileSync(file);
      return needles.some((needle) => content.includes(needle));
    });
    expect(leaks.map((file) => path.relative(buildDir, file))).toEqual([]);
  });

  it('ships a search key that is not the admin key', () => {
    const searchKey = (process.env.ALGOLIA_SEARCH_API_KEY ?? '').trim();
    const adminKey = (process.env[ADMIN_VARIABLE] ?? '').trim();
    expect(searchKey === '' || searchKey !== adminKey).toBe(true);
  });

  it('keeps the admin key out of the config and of everything bundled for the browser', () => {
    const bundled = [
      path.join(siteRoot, 'docusaurus.config.ts'),
      path.join(siteRoot, 'plugins', 'search', 'config.ts'),
      path.join(siteRoot, 'plugins', 'search', 'local-search-worker.ts'),
      ...filesUnder(path.join(siteRoot, 'plugins', 'search', 'client')),
      ...filesUnder(path.join(siteRoot, 'src')),
    ];
    const mentions = bundled.filter((file) =>
      fs.readFileSync(file, 'utf8').includes(ADMIN_VARIABLE),
    );
    expect(mentions.map((file) => path.relative(siteRoot, file))).toEqual([]);
  });
});
