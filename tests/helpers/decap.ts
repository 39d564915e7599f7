/** Starts Decap's real local backend (decap-server) on 127.0.0.1, writing into a folder of our choosing. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './build';

export interface DecapServer {
  url: string;
  stop: () => Promise<void>;
}

export async function startDecapServer(repoDir: string, port: number, host = '127.0.0.1'): Promise<DecapServer> {
  const child: ChildProcess = spawn(process.execPath, [join(projectRoot, 'node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, BIND_HOST: host, PORT: String(port), MODE: 'fs', GIT_REPO_DIRECTORY: repoDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`decap-server did not start:\n${log}`)), 20_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('listening on')) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => fail(new Error(`decap-server exited with ${code}:\n${log}`)));
  });
  return {
    url: `http://${host}:${port}/api/v1`,
    stop: () =>
      new Promise((ok) => {
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}
