/**
 * Decap's local backend for `npm start` and the tests: decap-server's own file-system middleware, in this process,
 * rooted at the content folder, behind the request guard (Host and Origin) and the path guard, listening on
 * 127.0.0.1 only. decap-server has no login: whoever reaches it can read and write what it is rooted at.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { realpathSync } from 'node:fs';
import { refuseRequest } from './request-guard.ts';
import { refusePaths } from './path-guard.ts';
import { cmsLocalText } from '../../src/i18n/operations.ts';

/** A running local CMS backend. */
export interface LocalCms {
  /** The API address the admin's proxy backend calls. */
  url: string;
  /** The folder it reads and writes (the content folder, real path). */
  root: string;
  close: () => Promise<void>;
}

export interface LocalCmsOptions {
  /** The content folder: the only folder the CMS may see. */
  contentDir: string;
  /** Port of the backend. */
  port: number;
  /** Port of the local site, whose pages alone may call the backend. */
  sitePort: number;
  /** Address to listen on: 127.0.0.1. Tests alone pass another, to prove the default matters. */
  host?: string;
  /** decap-server's log level (winston): info by default. */
  logLevel?: string;
  /** Where refusals are reported on this machine's side (the terminal of npm start by default). */
  log?: (line: string) => void;
}

type Request = IncomingMessage & { body?: unknown; method: string; path?: string };
type Response = ServerResponse & { status: (code: number) => Response; json: (body: unknown) => void };
type Next = (error?: unknown) => void;
interface ExpressApp {
  (req: IncomingMessage, res: ServerResponse): void;
  use: (...handlers: unknown[]) => void;
  disable: (setting: string) => void;
}
interface Express {
  (): ExpressApp;
  json: (options: { limit: string }) => unknown;
}

// decap-server's own express and middlewares, resolved from its package so that the versions always match.
const fromDecap = createRequire(createRequire(import.meta.url).resolve('decap-server/package.json'));
const express = fromDecap('express') as Express;
const { registerLocalFs } = fromDecap('./dist/middlewares.js') as {
  registerLocalFs: (app: ExpressApp, options: { logLevel?: string }) => Promise<void>;
};

/** Runs the local CMS backend rooted at the content folder; resolves once it listens. */
export async function startLocalCms(options: LocalCmsOptions): Promise<LocalCms> {
  const root = realpathSync(options.contentDir);
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? ((line: string) => console.warn(line));
  const refuse = (res: Response, message: string) => {
    log(message);
    res.status(403).json({ error: message });
  };
  const app = express();
  app.disable('x-powered-by');
  app.use((req: Request, res: Response, next: Next) => {
    const refusal = refuseRequest(req.headers, { port: options.port, sitePort: options.sitePort });
    if (refusal) refuse(res, refusal);
    else next();
  });
  // Parsed once here; decap-server's own JSON parser then sees the body as already read.
  app.use(express.json({ limit: '50mb' }));
  app.use((req: Request, res: Response, next: Next) => {
    if (req.method !== 'POST') return next();
    refusePaths(root, req.body).then((refusal) => (refusal ? refuse(res, refusal) : next()), next);
  });
  // decap-server reads its root from GIT_REPO_DIRECTORY, synchronously, when its middleware is registered.
  const previous = process.env.GIT_REPO_DIRECTORY;
  process.env.GIT_REPO_DIRECTORY = root;
  const registered = registerLocalFs(app, { logLevel: options.logLevel ?? 'info' });
  if (previous === undefined) delete process.env.GIT_REPO_DIRECTORY;
  else process.env.GIT_REPO_DIRECTORY = previous;
  await registered;
  app.use((_error: unknown, _req: Request, res: Response, _next: Next) =>
    res.status(400).json({ error: cmsLocalText.badBody }),
  );

  const server = createServer(app);
  await new Promise<void>((ok, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(error.code === 'EADDRINUSE' ? new Error(cmsLocalText.portInUse(options.port)) : error),
    );
    server.listen(options.port, host, () => ok());
  });
  return {
    url: `http://127.0.0.1:${options.port}/api/v1`,
    root,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
