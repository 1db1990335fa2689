/**
 * A static server as a CDN would be: gzip for text, no caching, the app under its CSP.
 * `/app/` serves dist/, `/floor/` serves the floor page's build.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY } from '../vite.config.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const BINARY = new Set(['.png']);

export function serve(roots: Record<string, string>, port: number): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, prefix = '', ...rest] = url.pathname.split('/');
    const root = roots[prefix];
    const relative = rest.join('/') || 'index.html';
    const file = root ? path.join(root, relative) : '';
    if (!root || !file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('Not found');
      return;
    }
    const ext = path.extname(file);
    const body = fs.readFileSync(file);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    };
    if (prefix === 'app') headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    const gzip = !BINARY.has(ext) && /gzip/.test(String(req.headers['accept-encoding']));
    if (gzip) headers['Content-Encoding'] = 'gzip';
    res.writeHead(200, headers).end(gzip ? gzipSync(body) : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
