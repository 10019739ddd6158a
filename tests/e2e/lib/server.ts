import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { resolve, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

/** A static file server on 127.0.0.1 for e2e fixture pages: `/<route>` → a file on disk. */
export interface FixtureServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Full URL of a route. */
  url(route: string): string;
  /** Every path requested so far, in order (with its query). */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

/**
 * Serve `routes` (URL path → file path). Unknown paths (the fixture's stylesheet, the favicon)
 * answer 204 No Content: an empty asset, so no "failed to load" noise hides real console errors.
 */
export async function startFixtureServer(routes: Record<string, string>): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes).map(([route, file]) => [route, resolve(file)]));
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
    const file = table.get(path);
    if (!file) {
      res.writeHead(204).end();
      return;
    }
    readFile(file).then(
      (raw) => {
        // A page kept compressed in the repository (`page.html.gz`) is served as the page.
        const gz = file.endsWith('.gz');
        const body = gz ? gunzipSync(raw) : raw;
        const name = gz ? file.slice(0, -3) : file;
        const ext = name.slice(name.lastIndexOf('.'));
        res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream' }).end(body);
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (route) => origin + join('/', route),
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
