#!/usr/bin/env node
// A small static server for the end-to-end tests and the benchmark: serves a folder on 127.0.0.1,
// with optional extra headers (a Content-Security-Policy, say) and gzip when the client asks for it.
import {createReadStream, existsSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {createGzip} from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Starts a server for `root`. `routes` maps a path to a handler (req, res) for test faults; `headers` are
 * added to every file response. Resolves to {url, close}.
 */
export function serve(root, {port = 0, headers = {}, routes = {}, gzip = true} = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (routes[path]) return routes[path](req, res);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, {'content-type': 'text/plain'}).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const zip = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/');
    res.writeHead(200, {'content-type': type, 'cache-control': 'no-store', ...(zip ? {'content-encoding': 'gzip'} : {}), ...headers});
    const stream = createReadStream(file);
    (zip ? stream.pipe(createGzip({level: 9})) : stream).pipe(res);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const {port: bound} = server.address();
      done({url: `http://127.0.0.1:${bound}`, close: () => new Promise((closed) => server.close(closed)), server});
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [root = 'dist', port = '4173'] = process.argv.slice(2);
  const {url} = await serve(root, {port: Number(port)});
  console.log(`Serving ${root} at ${url}/`);
}
