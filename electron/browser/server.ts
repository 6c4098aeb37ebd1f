import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Conf from 'conf';
import { fail } from '../shared/contract/result';
import { CONTENT_SECURITY_POLICY } from '../shared/core/csp';
import { createAppServices } from '../services/app-services';
import { checkHost, checkOrigin, checkToken } from './http-guards';
import { readStaticCached } from '../services/static-files';
import type { StartupReport } from '../services/store/recovery';

export interface BrowserHostOptions {
  dataDir: string;
  staticDir: string;
  version: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  now?: () => Date;
}

export interface BrowserHost {
  url: string;
  port: number;
  token: string;
  startup: StartupReport;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit, keep reading but drop the bytes: destroying the request here would reset the
    // socket before the 413 could be sent. Only a caller holding the token gets this far.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) chunks.length = 0;
      else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts the loopback host: the same services as Electron, behind a token and Host/Origin checks. */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const { call, opened } = createAppServices({
    dataDir: options.dataDir,
    createBackend: (storeOptions) => new Conf(storeOptions),
    info: { version: options.version, host: 'browser', dataDir: options.dataDir },
    // The tab opens approved links itself; the host only approves them.
    openExternal: () => undefined,
    ...(options.now ? { now: options.now } : {}),
  });

  async function handleApi(req: IncomingMessage, res: ServerResponse, op: string) {
    const tokenCheck = checkToken(req.headers, token);
    if (!tokenCheck.ok) return sendJson(res, tokenCheck.status, fail('forbidden'));
    if (req.method !== 'POST') return sendJson(res, 405, fail('bad_request', { reason: 'method' }));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, fail('bad_request', { reason: 'content_type' }));
    }
    const body = await readBody(req);
    if (body === null) return sendJson(res, 413, fail('bad_request', { reason: 'too_large' }));
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendJson(res, 400, fail('bad_request', { reason: 'json' }));
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      return sendJson(res, 400, fail('bad_request', { reason: 'not_object' }));
    }
    const result = await call(op, (payload as { input?: unknown }).input);
    sendJson(res, 200, result);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    for (const verdict of [checkHost(req.headers, port), checkOrigin(req.headers, port)]) {
      if (!verdict.ok) return send(res, verdict.status, verdict.reason, 'text/plain; charset=utf-8');
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/api/')) {
      let op: string;
      try {
        op = decodeURIComponent(path.slice('/api/'.length));
      } catch {
        return sendJson(res, 400, fail('bad_request', { reason: 'operation_name' }));
      }
      return handleApi(req, res, op);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    const file = await readStaticCached(options.staticDir, path);
    if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    const cache: Record<string, string> = file.immutable
      ? { 'Cache-Control': 'public, max-age=31536000, immutable' }
      : {};
    send(res, 200, req.method === 'HEAD' ? '' : file.body, file.type, cache);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, fail('internal'));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    startup: opened.report,
    close: async () => {
      await new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      });
      // Anything still in memory reaches the disk before the host goes.
      await opened.store.flush().catch(() => undefined);
    },
  };
}
