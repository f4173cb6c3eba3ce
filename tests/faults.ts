import {readFileSync} from 'node:fs';
import type {Plugin} from 'vite';

/**
 * Network faults for the browser tests, served by the test server itself so that the element meets real
 * HTTP responses rather than a mocked fetch: /faults/404, /faults/html, /faults/truncated (a short but
 * complete body), /faults/cut (the connection dropped mid-body), /faults/hang (no answer), /faults/slow?ms=N.
 */
export function faults(): Plugin {
  const story = readFileSync('tests/fixtures/mini-story.json', 'utf8');
  return {
    name: 'test-faults',
    configureServer(server) {
      server.middlewares.use('/faults/', (req, res) => {
        const url = new URL(req.url ?? '/', 'http://x');
        const send = (status: number, type: string, body: string) => {
          res.statusCode = status;
          res.setHeader('content-type', type);
          res.end(body);
        };
        if (url.pathname === '/404') return send(404, 'text/plain', 'not found');
        if (url.pathname === '/html') return send(200, 'text/html', '<!doctype html><title>Oops</title><p>A login page');
        if (url.pathname === '/truncated') return send(200, 'application/json', story.slice(0, story.length / 2));
        if (url.pathname === '/cut') {
          res.writeHead(200, {'content-type': 'application/json', 'content-length': String(story.length)});
          res.write(story.slice(0, story.length / 3));
          setTimeout(() => res.destroy(), 20);
          return;
        }
        if (url.pathname === '/hang') return;
        if (url.pathname === '/slow') {
          const ms = Number(url.searchParams.get('ms') ?? 500);
          const title = url.searchParams.get('title') ?? 'Slow story';
          setTimeout(() => send(200, 'application/json', JSON.stringify({...JSON.parse(story), title})), ms);
          return;
        }
        send(400, 'text/plain', 'unknown fault');
      });
    },
  };
}
