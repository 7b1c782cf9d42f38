/**
 * npm run search:push — sends the built site's search records and our synonyms to Algolia.
 *
 * Needs ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY and ALGOLIA_INDEX_NAME; reads the build from
 * BUILD_DIR (default: build/). Run it after `npm run build` with SITE_URL set to the public
 * address, because record URLs come from the pages' canonical links.
 */
import path from 'node:path';
import { PushConfigError, pushSearchIndex, readPushEnv } from '../plugins/search/algolia';
import { MAX_RECORD_BYTES, recordsFromBuild } from '../plugins/search/records';

async function main(): Promise<void> {
  const credentials = readPushEnv(process.env);
  const buildDir = path.resolve(process.env.BUILD_DIR ?? 'build');
  const records = recordsFromBuild(buildDir);
  if (records.length === 0) {
    throw new Error(`No doc pages found in ${buildDir}; is it a production build?`);
  }
  const largest = Math.max(...records.map((record) => Buffer.byteLength(JSON.stringify(record))));
  console.log(
    `${records.length} records from ${buildDir} (largest ${largest} B, limit ${MAX_RECORD_BYTES} B)`,
  );
  const result = await pushSearchIndex({ credentials, records, log: (line) => console.log(line) });
  console.log(`Pushed ${result.records} records and ${result.synonyms} synonym groups.`);
}

main().catch((error: unknown) => {
  if (error instanceof PushConfigError) {
    console.error(`search:push: ${error.message}`);
  } else {
    console.error('search:push failed:', error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
});
