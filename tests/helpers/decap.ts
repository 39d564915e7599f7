/**
 * Starts Decap's local backend with the code `npm start` runs (tools/cms-local/server.ts: decap-server rooted at the
 * content folder, behind the Host/Origin and path guards), on 127.0.0.1 unless a test passes another address.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface DecapServer {
  url: string;
  stop: () => Promise<void>;
}

export interface DecapOptions {
  /** Port of the site whose /admin/ calls the backend (its pages are the only allowed Origin). */
  sitePort: number;
  /** Address to listen on; 127.0.0.1 (what npm start uses) by default. */
  host?: string;
}

export async function startDecapServer(contentDir: string, port: number, options: DecapOptions): Promise<DecapServer> {
  const settings = { contentDir, port, sitePort: options.sitePort, host: options.host, logLevel: 'error' };
  // In a process of its own (decap-runner.ts), as in npm start it runs beside the dev server: a test's synchronous
  // build must not freeze it while the browser talks to it.
  const child = spawn(process.execPath, [join(import.meta.dirname, 'decap-runner.ts'), JSON.stringify(settings)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const url = await new Promise<string>((ok, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const listening = /listening (\S+)/.exec(log);
      if (listening) ok(listening[1]!);
    });
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('exit', (code) => fail(new Error(`the local CMS backend exited with ${code}:\n${log}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}
