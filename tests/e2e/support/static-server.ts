/**
 * A small static file server for the production build, bound to loopback on a free port.
 * It resolves Docusaurus' clean URLs (`/docs/faq` → `docs/faq.html` or `docs/faq/index.html`)
 * and can gzip responses, so page-weight and Lighthouse runs see what a real host would send.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Finds the file for a URL path, or undefined. Never leaves `root`. */
export function resolveBuildFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  const safe = path.normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(root, safe);
  if (!base.startsWith(path.resolve(root))) return undefined;
  const candidates = [base, `${base}.html`, path.join(base, 'index.html')];
  for (const candidate of candidates) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

export async function startStaticServer(
  root: string,
  options: { gzip?: boolean; port?: number } = {},
): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const server = http.createServer((req, res) => {
    const file = resolveBuildFile(absoluteRoot, req.url ?? '/');
    const notFound = path.join(absoluteRoot, '404.html');
    const target = file ?? (fs.existsSync(notFound) ? notFound : undefined);
    if (!target) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    const body = fs.readFileSync(target);
    const type = TYPES[path.extname(target)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (options.gzip && acceptsGzip) {
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'accept-encoding';
      res.writeHead(file ? 200 : 404, headers);
      res.end(zlib.gzipSync(body));
      return;
    }
    res.writeHead(file ? 200 : 404, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
