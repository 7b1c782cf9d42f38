import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import {
  algoliaSynonyms,
  INDEX_SETTINGS,
  PushConfigError,
  pushSearchIndex,
  readPushEnv,
} from '../../../plugins/search/algolia';
import type { DocSearchRecord } from '../../../plugins/search/records';
import { SEARCH_SYNONYMS } from '../../../plugins/search/synonyms';

interface SeenRequest {
  method: string;
  path: string;
  apiKey: string | undefined;
  appId: string | undefined;
  body: unknown;
}

/** Just enough of Algolia's REST API for setSettings, saveSynonyms, replaceAllObjects. */
function startFakeAlgolia(): Promise<{ server: http.Server; port: number; seen: SeenRequest[] }> {
  const seen: SeenRequest[] = [];
  let task = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      seen.push({
        method: request.method ?? '',
        path: url.pathname,
        apiKey: request.headers['x-algolia-api-key'] as string | undefined,
        appId: request.headers['x-algolia-application-id'] as string | undefined,
        body: raw ? (JSON.parse(raw) as unknown) : undefined,
      });
      response.setHeader('content-type', 'application/json');
      const now = new Date().toISOString();
      if (url.pathname.includes('/task/')) {
        response.end(JSON.stringify({ status: 'published', pendingTask: false }));
      } else if (url.pathname.endsWith('/batch') && !url.pathname.includes('/synonyms/')) {
        task += 1;
        const body = JSON.parse(raw) as { requests: { body: { objectID: string } }[] };
        response.end(
          JSON.stringify({ taskID: task, objectIDs: body.requests.map((r) => r.body.objectID) }),
        );
      } else {
        task += 1;
        response.end(JSON.stringify({ taskID: task, updatedAt: now, id: String(task) }));
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ server, port: (server.address() as AddressInfo).port, seen });
    });
  });
}

function record(position: number): DocSearchRecord {
  const url = 'https://kb.example.org/docs/errors/usage-suspense';
  return {
    objectID: `id-${position}`,
    hierarchy: {
      lvl0: 'Errors and reprocessing',
      lvl1: 'Usage suspense',
      lvl2: 'No Service found',
      lvl3: null,
      lvl4: null,
      lvl5: null,
      lvl6: null,
    },
    content: `paragraph ${position}`,
    url: `${url}#no-service-found`,
    url_without_anchor: url,
    anchor: 'no-service-found',
    type: 'content',
    language: 'en',
    docusaurus_tag: 'docs-default-current',
    version: 'current',
    weight: { pageRank: 0, level: 0, position },
  };
}

describe('readPushEnv', () => {
  it('names every missing variable', () => {
    expect(() => readPushEnv({ ALGOLIA_APP_ID: 'A' })).toThrow(PushConfigError);
    expect(() => readPushEnv({ ALGOLIA_APP_ID: 'A', ALGOLIA_INDEX_NAME: ' ' })).toThrow(
      /missing ALGOLIA_ADMIN_API_KEY, ALGOLIA_INDEX_NAME/,
    );
  });

  it('returns trimmed credentials when all are set', () => {
    expect(
      readPushEnv({
        ALGOLIA_APP_ID: ' APP ',
        ALGOLIA_ADMIN_API_KEY: 'admin',
        ALGOLIA_INDEX_NAME: 'kb',
      }),
    ).toEqual({ appId: 'APP', adminKey: 'admin', indexName: 'kb' });
  });
});

describe('algoliaSynonyms', () => {
  it('turns every synonym group into one two-way synonym with a stable id', () => {
    const synonyms = algoliaSynonyms();
    expect(synonyms).toHaveLength(SEARCH_SYNONYMS.length);
    expect(synonyms).toContainEqual({
      objectID: 'kb-lom',
      type: 'synonym',
      synonyms: ['lom', 'data feed message', 'logical object model', 'data feed event'],
    });
    expect(synonyms.find((s) => s.objectID === 'kb-suspense')?.synonyms).toContain(
      'suspended usage',
    );
    expect(new Set(synonyms.map((s) => s.objectID)).size).toBe(synonyms.length);
  });
});

describe('pushSearchIndex against a fake Algolia on 127.0.0.1', () => {
  const ADMIN_KEY = 'fake-admin-key-7f3a9c';

  it('sends settings, synonyms and every record, with the admin key only to the fake', async () => {
    const { server, port, seen } = await startFakeAlgolia();
    const httpsRequest = vi.spyOn(https, 'request');
    const httpRequest = vi.spyOn(http, 'request');
    const records = Array.from({ length: 7 }, (_, i) => record(i));
    try {
      const result = await pushSearchIndex({
        credentials: { appId: 'TESTAPP', adminKey: ADMIN_KEY, indexName: 'allegro_kb' },
        records,
        clientOptions: {
          hosts: [{ url: '127.0.0.1', port, protocol: 'http', accept: 'readWrite' }],
        },
      });
      expect(result).toEqual({ records: 7, synonyms: SEARCH_SYNONYMS.length });
    } finally {
      server.close();
    }

    // No request left the machine: nothing over https, every http request went to the fake.
    expect(httpsRequest).not.toHaveBeenCalled();
    expect(httpRequest).toHaveBeenCalled();
    for (const [options] of httpRequest.mock.calls) {
      expect((options as http.RequestOptions).hostname).toBe('127.0.0.1');
    }
    httpsRequest.mockRestore();
    httpRequest.mockRestore();

    expect(seen.length).toBeGreaterThan(0);
    for (const request of seen) {
      expect(request.apiKey).toBe(ADMIN_KEY);
      expect(request.appId).toBe('TESTAPP');
    }

    const settings = seen.find(
      (r) => r.method === 'PUT' && r.path === '/1/indexes/allegro_kb/settings',
    );
    expect(settings?.body).toMatchObject({
      attributesForFaceting: INDEX_SETTINGS.attributesForFaceting,
      separatorsToIndex: '_',
    });

    const synonyms = seen.find((r) => r.path === '/1/indexes/allegro_kb/synonyms/batch');
    expect(synonyms?.body).toEqual(algoliaSynonyms());

    // replaceAllObjects: copy settings+synonyms to a temporary index, fill it, move it over.
    const batches = seen.filter((r) => /^\/1\/indexes\/allegro_kb_tmp_\d+\/batch$/.test(r.path));
    const sent = batches.flatMap(
      (r) => (r.body as { requests: { action: string; body: DocSearchRecord }[] }).requests,
    );
    expect(sent.map((r) => r.action)).toEqual(Array(7).fill('addObject'));
    expect(sent.map((r) => r.body)).toEqual(records);
    const operations = seen
      .filter((r) => r.path.endsWith('/operation'))
      .map((r) => (r.body as { operation: string }).operation);
    expect(operations).toEqual(['copy', 'copy', 'move']);
    const move = seen.filter((r) => r.path.endsWith('/operation')).at(-1);
    expect(move?.path).toMatch(/^\/1\/indexes\/allegro_kb_tmp_\d+\/operation$/);
    expect(move?.body).toEqual({ operation: 'move', destination: 'allegro_kb' });
  });
});
