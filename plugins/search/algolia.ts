/**
 * Pushing our records, index settings and synonyms to Algolia (node-only; used by
 * `npm run search:push`, never by the site build).
 *
 * The admin key is read here and only here. It goes to the Algolia hosts (or the hosts a test
 * passes in) and is never written anywhere.
 */
import { algoliasearch, type IndexSettings, type SynonymHit } from 'algoliasearch';
import type { DocSearchRecord } from './records';
import { SEARCH_SYNONYMS } from './synonyms';

export const PUSH_ENV = ['ALGOLIA_APP_ID', 'ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_INDEX_NAME'] as const;

export interface PushCredentials {
  appId: string;
  adminKey: string;
  indexName: string;
}

export class PushConfigError extends Error {
  override name = 'PushConfigError';
}

/** The push credentials from the environment, or an error that names what is missing. */
export function readPushEnv(env: Partial<Record<string, string | undefined>>): PushCredentials {
  const missing = PUSH_ENV.filter((name) => !(env[name] ?? '').trim());
  if (missing.length > 0) {
    throw new PushConfigError(
      `missing ${missing.join(', ')} in the environment; pushing needs all of ` +
        `${PUSH_ENV.join(', ')}. The admin key needs the addObject, deleteIndex, editSettings ` +
        'and settings ACLs; never put it in ALGOLIA_SEARCH_API_KEY (that one ships in the site).',
    );
  }
  return {
    appId: (env.ALGOLIA_APP_ID ?? '').trim(),
    adminKey: (env.ALGOLIA_ADMIN_API_KEY ?? '').trim(),
    indexName: (env.ALGOLIA_INDEX_NAME ?? '').trim(),
  };
}

/** Options of the Algolia client (hosts, requester, timeouts); tests point `hosts` at a fake. */
export type AlgoliaClientOptions = Parameters<typeof algoliasearch>[2];

export interface AlgoliaSynonym {
  objectID: string;
  type: 'synonym';
  synonyms: string[];
}

/** Our synonym groups as Algolia two-way synonyms, with ids that stay put between pushes. */
export function algoliaSynonyms(
  groups: readonly (readonly string[])[] = SEARCH_SYNONYMS,
): AlgoliaSynonym[] {
  return groups.map((group) => ({
    objectID: `kb-${(group[0] ?? 'group').replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
    type: 'synonym',
    // Algolia matches words, so a hyphen and a space mean the same; spell both as spaces.
    synonyms: group.map((entry) => entry.replace(/-/g, ' ')),
  }));
}

/**
 * Index settings for DocSearch-shaped records (after the DocSearch Docusaurus template), plus
 * `separatorsToIndex: '_'` so API names such as bulk_record_usage_m stay one searchable word.
 */
export const INDEX_SETTINGS: IndexSettings = {
  attributesForFaceting: ['type', 'lang', 'language', 'version', 'docusaurus_tag'],
  attributesToRetrieve: ['hierarchy', 'content', 'anchor', 'url', 'url_without_anchor', 'type'],
  attributesToHighlight: ['hierarchy', 'content'],
  attributesToSnippet: ['content:10'],
  camelCaseAttributes: ['hierarchy', 'content'],
  searchableAttributes: [
    'unordered(hierarchy.lvl0)',
    'unordered(hierarchy.lvl1)',
    'unordered(hierarchy.lvl2)',
    'unordered(hierarchy.lvl3)',
    'unordered(hierarchy.lvl4)',
    'unordered(hierarchy.lvl5)',
    'unordered(hierarchy.lvl6)',
    'content',
  ],
  distinct: true,
  attributeForDistinct: 'url',
  customRanking: ['desc(weight.pageRank)', 'desc(weight.level)', 'asc(weight.position)'],
  ranking: ['words', 'filters', 'typo', 'attribute', 'proximity', 'exact', 'custom'],
  highlightPreTag: '<span class="algolia-docsearch-suggestion--highlight">',
  highlightPostTag: '</span>',
  minWordSizefor1Typo: 3,
  minWordSizefor2Typos: 7,
  allowTyposOnNumericTokens: false,
  minProximity: 1,
  ignorePlurals: true,
  advancedSyntax: true,
  attributeCriteriaComputedByMinProximity: true,
  removeWordsIfNoResults: 'allOptional',
  separatorsToIndex: '_',
};

export interface PushInput {
  credentials: PushCredentials;
  records: DocSearchRecord[];
  synonyms?: AlgoliaSynonym[];
  /** Client options; tests point `hosts` at a local fake. */
  clientOptions?: AlgoliaClientOptions;
  log?: (line: string) => void;
}

export interface PushResult {
  records: number;
  synonyms: number;
}

/**
 * Settings and synonyms go to the live index first; `replaceAllObjects` then copies both into
 * a temporary index, fills it with the records and moves it over the live one, so readers
 * never see a half-written index.
 */
export async function pushSearchIndex({
  credentials,
  records,
  synonyms = algoliaSynonyms(),
  clientOptions,
  log = () => undefined,
}: PushInput): Promise<PushResult> {
  const { appId, adminKey, indexName } = credentials;
  const client = algoliasearch(appId, adminKey, clientOptions);

  log(`settings → ${indexName}`);
  const settings = await client.setSettings({
    indexName,
    indexSettings: INDEX_SETTINGS,
  });
  await client.waitForTask({ indexName, taskID: settings.taskID });

  log(`${synonyms.length} synonym groups → ${indexName}`);
  const saved = await client.saveSynonyms({
    indexName,
    synonymHit: synonyms satisfies SynonymHit[],
    replaceExistingSynonyms: true,
  });
  await client.waitForTask({ indexName, taskID: saved.taskID });

  log(`${records.length} records → ${indexName} (atomic replace)`);
  await client.replaceAllObjects({
    indexName,
    objects: records as unknown as Record<string, unknown>[],
    batchSize: 500,
  });
  return { records: records.length, synonyms: synonyms.length };
}
