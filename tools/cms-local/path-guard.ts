/**
 * Which paths a CMS request may name. decap-server is rooted at the content folder and resolves real paths itself;
 * this guard is stricter, before it: only relative paths inside a lower-case sub-folder of the content folder,
 * with no `.`/`..` segment (also percent-encoded or full-width), no hidden file or folder (`.git`, `.github`), no
 * control character, and no symbolic link anywhere on the way.
 */
import { lstat, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { cmsLocalText } from '../../src/i18n/operations.ts';

/** Actions of decap-server's file-system mode that the local CMS uses. */
export const LOCAL_ACTIONS = new Set([
  'info',
  'entriesByFolder',
  'entriesByFiles',
  'getEntry',
  'persistEntry',
  'getMedia',
  'getMediaFile',
  'persistMedia',
  'deleteFile',
  'deleteFiles',
  'getDeployPreview',
]);

/** Parameters naming a file, and parameters naming a folder. */
const FILE_KEYS = new Set(['path', 'newPath']);
const FOLDER_KEYS = new Set(['folder', 'mediaFolder']);
const TOP_FOLDER = /^[a-z0-9][a-z0-9-]*$/;
const causes = cmsLocalText.pathCauses;

/** Every path named in a request's parameters, with whether it names a file or a folder. */
export function requestPaths(
  params: unknown,
  found: { value: unknown; file: boolean }[] = [],
  depth = 0,
): { value: unknown; file: boolean }[] {
  if (depth > 8 || !params || typeof params !== 'object') return found;
  for (const [key, value] of Object.entries(params)) {
    if (FILE_KEYS.has(key)) found.push({ value, file: true });
    else if (FOLDER_KEYS.has(key)) found.push({ value, file: false });
    else if (key === 'paths' && Array.isArray(value)) for (const item of value) found.push({ value: item, file: true });
    else requestPaths(value, found, depth + 1);
  }
  return found;
}

/** A segment as it might be read by something that decodes it: raw, percent-decoded, and NFKC-folded. */
function readings(segment: string): string[] {
  let decoded = segment;
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(decoded);
      if (next === decoded) break;
      decoded = next;
    } catch {
      break;
    }
  }
  return [segment, decoded, segment.normalize('NFKC'), decoded.normalize('NFKC')];
}

/** Why a path may not be used (Vietnamese), judged by its text alone; undefined when it is acceptable. */
export function pathSyntaxProblem(value: unknown, file: boolean): string | undefined {
  if (typeof value !== 'string' || value === '') return causes.notText;
  if (value.startsWith('/') || /^[a-z]:/i.test(value)) return causes.absolute;
  if (/[\u0000-\u001f\u007f\\:]/.test(value)) return causes.control;
  const segments = value.split('/').filter(Boolean);
  for (const segment of segments) {
    for (const reading of readings(segment)) {
      if (reading === '.' || reading === '..' || /[/\\]/.test(reading)) return causes.parent;
      if (reading.startsWith('.')) return causes.hidden;
    }
  }
  if (!TOP_FOLDER.test(segments[0]!) || (file && segments.length < 2)) return causes.topLevel;
  return undefined;
}

/** The first symbolic link on the way from the content folder to the path, relative to the content folder. */
async function symlinkOnTheWay(root: string, value: string): Promise<string | undefined> {
  let current = await realpath(root);
  const walked: string[] = [];
  for (const segment of value.split('/').filter(Boolean)) {
    current = join(current, segment);
    walked.push(segment);
    try {
      if ((await lstat(current)).isSymbolicLink()) return walked.join('/');
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The Vietnamese reason a CMS request body is refused, or undefined when every path it names is acceptable. */
export async function refusePaths(root: string, body: unknown): Promise<string | undefined> {
  const action = (body as { action?: unknown } | undefined)?.action;
  if (typeof action !== 'string' || !LOCAL_ACTIONS.has(action)) return cmsLocalText.unknownAction(String(action));
  for (const { value, file } of requestPaths((body as { params?: unknown }).params)) {
    const problem = pathSyntaxProblem(value, file);
    if (problem) return cmsLocalText.badPath(String(value), problem);
    const link = await symlinkOnTheWay(root, value as string);
    if (link) return cmsLocalText.badPath(value as string, causes.symlink(link));
  }
  return undefined;
}
