/**
 * package-lock.json is what `npm ci` (CI, and a host's `git pull && npm ci`) installs, on Linux, macOS or Windows.
 * `npm ci` refuses a lockfile that differs from package.json or that lacks an entry for any optional dependency a
 * locked package names, even another platform's binary or one the registry does not have (npm 11 then leaves it out
 * of the lockfile it writes, and `npm ci` rejects that lockfile).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build';

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
}

const read = (file: string) => JSON.parse(readFileSync(join(projectRoot, file), 'utf8'));
const pkg = read('package.json');
const packages: Record<string, LockEntry> = read('package-lock.json').packages;

/** The entry Node would load for `name` required from the package at `from` (its node_modules, then upwards). */
function resolve(from: string, name: string): string | undefined {
  for (let base = from; ; base = base.slice(0, base.lastIndexOf('/node_modules/'))) {
    const path = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[path]) return path;
    if (!base.includes('/node_modules/')) return packages[`node_modules/${name}`] ? `node_modules/${name}` : undefined;
  }
}

describe('package-lock.json', () => {
  it('records exactly the dependencies package.json asks for', () => {
    expect(packages['']?.devDependencies, 'run `npm install` and commit package-lock.json').toEqual(
      pkg.devDependencies,
    );
    expect(packages['']?.dependencies).toEqual(pkg.dependencies);
  });

  it('has an entry for every optional dependency of every locked package, whatever its platform', () => {
    const missing = Object.entries(packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !resolve(path, name))
        .map((name) => `${name} (optional dependency of ${path || 'the project'}@${entry.version ?? ''})`),
    );
    expect(missing, '`npm ci` would stop with "Missing: … from lock file"').toEqual([]);
  });

  it('locks the native binaries of Linux, macOS and Windows', () => {
    for (const name of [
      '@esbuild/linux-x64',
      '@esbuild/darwin-arm64',
      '@esbuild/win32-x64',
      '@rolldown/binding-darwin-arm64',
    ]) {
      expect(packages[`node_modules/${name}`]?.version, name).toBeTruthy();
    }
  });
});
