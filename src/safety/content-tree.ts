/**
 * The content folder holds only regular files and folders. A symbolic link would let content reach outside it:
 * a linked article from elsewhere would be built, a link in media/ would publish (or point the host at) a file
 * outside the folder. So any link, anywhere in the folder (articles, media, settings…), stops the build before
 * anything is read or copied, as do pipes, sockets and devices. Links are never followed while looking.
 */
import { readdirSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentTreeText } from '../i18n/safety';
import { contentDir } from '../utils/content-dir';

/** One entry of the content folder that is not a regular file or folder; `path` is relative, "/"-separated. */
export interface TreeProblem {
  path: string;
  kind: 'symlink' | 'special' | 'unreadable';
  /** Where a link points, or why a folder could not be read. */
  detail?: string;
}

/** Every link and special file under `root` (the root itself may be a link: the operator chose that folder). */
export function contentTreeProblems(root: string): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const walk = (relative: string) => {
    let entries;
    try {
      entries = readdirSync(join(root, relative), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      // A content folder that does not exist is reported by the loader, with what to create.
      if (relative || code !== 'ENOENT') problems.push({ path: relative || '.', kind: 'unreadable', detail: code });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) problems.push({ path, kind: 'symlink', detail: linkTarget(join(root, path)) });
      else if (entry.isDirectory()) walk(path);
      else if (!entry.isFile()) problems.push({ path, kind: 'special' });
    }
  };
  if (isFolder(root)) walk('');
  return problems;
}

/** Whether the path is a folder (following a link: only the root may be one). */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function linkTarget(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '?';
  }
}

/** The Vietnamese report for the problems found (each names the entry relative to the content folder and the fix). */
export function formatTreeProblems(root: string, problems: TreeProblem[]): string {
  const lines = problems.map((p) =>
    p.kind === 'symlink'
      ? contentTreeText.symlink(p.path, p.detail ?? '?')
      : p.kind === 'special'
        ? contentTreeText.special(p.path)
        : contentTreeText.unreadable(p.path, p.detail ?? '?'),
  );
  return `${contentTreeText.heading(root)}\n${lines.map((l) => `  ${l}`).join('\n')}`;
}

/** Throws the report when the content folder holds a link or a special file. */
export function assertContentTree(root: string = contentDir()): void {
  const problems = contentTreeProblems(root);
  if (problems.length > 0) throw new Error(formatTreeProblems(root, problems));
}
