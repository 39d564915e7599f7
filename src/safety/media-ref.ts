/**
 * What a reference in content may point to: the one rule for Markdown images and links, link definitions,
 * component props that name a file, cover images and attachments, and the CMS's patterns.
 *
 * Content is data, never code: Astro's MDX pipeline turns a relative image path (`./x.mjs`, `../../src/x.ts`,
 * `x.png?raw`) into a JavaScript `import`, so the file it names would be run or published by the build. Here a
 * reference is either an upload under `/media/` (normalised: no `.`/`..`, no backslash, no query or fragment, no
 * control character, an allowed upload type, and at build time a real file inside the media folder), an external
 * `https://` address, or, for links only, a root-relative page, a `#fragment`, `http://`, `mailto:` or `tel:`.
 * Nothing else: never a relative path, never another scheme.
 *
 * No file-system access here (the CMS bundles this module for its patterns): the build passes a MediaFolder
 * (src/safety/media-folder.ts) to check that the file exists and stays inside the media folder.
 */
import { mediaRefText as t } from '../i18n/safety';
import { uploadExtensions, uploadType } from './upload-types';
import { safeDecodeURIComponent } from '../utils/safe-decode';

/** What a reference is for: a picture in the page, an uploaded file to download, or a link. */
export type MediaRefKind = 'image' | 'file' | 'link';

export interface MediaRefOptions {
  kind: MediaRefKind;
  /** Whether an external https:// address is allowed: by default only for links (pictures come from media/). */
  external?: boolean;
}

/** What is at a path inside the media folder, as the build sees it. */
export type MediaLookup = 'file' | 'missing' | 'outside' | 'not-file';

/** The media folder, for the checks only the build can make (src/safety/media-folder.ts). */
export interface MediaFolder {
  /** What is at `path` (decoded, relative to the media folder, "/"-separated, already free of `.`/`..`). */
  find(path: string): MediaLookup;
}

/** An accepted reference: where it points, and the path normalised (an upload's path is percent-decoded). */
export interface MediaRefTarget {
  ok: true;
  target: 'media' | 'external' | 'page' | 'fragment' | 'contact';
  path: string;
}

/** The verdict on one reference: accepted, or refused with a Vietnamese reason that says how to fix it. */
export type MediaRefResult = MediaRefTarget | { ok: false; reason: string };

/** C0 and C1 controls, DEL, and invisible characters that reorder or hide text (bidi overrides, zero-width). */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

const refuse = (reason: string): MediaRefResult => ({ ok: false, reason });

let buildFolder: MediaFolder | undefined;

/**
 * Registers the build's media folder (src/content.config.ts does, on the server only), so that the schemas of
 * upload fields also require the file to exist; the CMS never registers one and checks only the form.
 */
export function useMediaFolder(folder: MediaFolder | undefined): void {
  buildFolder = folder;
}

/** The media folder registered by the build, if any. */
export const registeredMediaFolder = (): MediaFolder | undefined => buildFolder;

const allowedFor = (kind: MediaRefKind) =>
  kind === 'image' ? t.allowedImage : kind === 'file' ? t.allowedFile : t.allowedLink;

/**
 * The one decision on a reference written in content. `media` is given by the build (existence and real-path
 * checks); without it, only the form is judged (the CMS, the schema).
 */
export function checkMediaRef(ref: string, options: MediaRefOptions, media?: MediaFolder): MediaRefResult {
  const { kind } = options;
  const external = options.external ?? kind === 'link';
  if (ref.trim() === '') return refuse(t.empty);
  if (HIDDEN.test(ref)) return refuse(t.control);
  if (/\s/.test(ref)) return refuse(t.whitespace);
  const decoded = safeDecodeURIComponent(ref);
  if (decoded === undefined) return refuse(t.badPercent);
  if (HIDDEN.test(decoded)) return refuse(t.control);

  const scheme = SCHEME.exec(ref)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme === 'https' || scheme === 'http') {
      // Reader pages allow images from their own address only (img-src 'self'), and another site's picture would
      // tell that site who reads the page.
      if (!external && kind === 'image') return refuse(t.externalImage);
      if (!external) return refuse(t.notMedia('file', allowedFor(kind)));
      // Browsers read "\" as "/" in web addresses: "https:\\evil" is another site than it looks.
      if (!/^https?:\/\/[^/?#\\]/i.test(ref) || /\\|%5c/i.test(ref) || !URL.canParse(ref)) return refuse(t.badExternal);
      // "https://ubnd.gov.vn@evil.example" opens evil.example: no user name or password in an address.
      const url = new URL(ref);
      if (!url.hostname || url.username || url.password) return refuse(t.badExternal);
      return { ok: true, target: 'external', path: ref };
    }
    if (kind === 'link' && (scheme === 'mailto' || scheme === 'tel')) return { ok: true, target: 'contact', path: ref };
    return refuse(t.scheme(scheme, allowedFor(kind)));
  }
  if (ref.startsWith('//') || ref.startsWith('/\\')) return refuse(t.protocolRelative);
  if (ref.startsWith('#')) {
    if (kind !== 'link') return refuse(t.notMedia(kind, allowedFor(kind)));
    return { ok: true, target: 'fragment', path: ref };
  }
  if (!ref.startsWith('/')) return refuse(t.relative(allowedFor(kind)));
  if (/\\|%5c/i.test(ref)) return refuse(t.backslash);

  const firstSegment = (safeDecodeURIComponent(ref.split(/[/?#]/)[1] ?? '') ?? '').toLowerCase();
  if (firstSegment === 'media') return checkUpload(ref, kind, media);
  if (kind !== 'link') return refuse(t.notMedia(kind, allowedFor(kind)));
  if (firstSegment.startsWith('@')) return refuse(t.toolPath);
  const pathPart = ref.split(/[?#]/)[0]!;
  if (pathPart.split('/').some((s) => isDotSegment(s))) return refuse(t.dotSegment);
  return { ok: true, target: 'page', path: ref };
}

/** "." and "..", also written with %2E. */
const isDotSegment = (segment: string) => /^(?:\.|%2e){1,2}$/i.test(segment);

/** An upload under /media/: its form, its type, and (at build time) the file itself. */
function checkUpload(ref: string, kind: MediaRefKind, media: MediaFolder | undefined): MediaRefResult {
  if (!ref.startsWith('/media/')) return refuse(t.wrongPrefix);
  if (/[?#]/.test(ref)) return refuse(t.query);
  if (/%2f/i.test(ref)) return refuse(t.encodedSlash);
  const segments = ref.slice('/media/'.length).split('/');
  if (segments.some(isDotSegment)) return refuse(t.dotSegment);
  const path = segments.map((s) => safeDecodeURIComponent(s)!).join('/');
  if (path.split('/').some((s) => s === '')) return refuse(t.emptySegment);
  if (path.split('/').some((s) => s === '.' || s === '..')) return refuse(t.dotSegment);
  const shown = `/media/${path}`;
  const type = uploadType(path);
  if (!type) return refuse(t.notUpload(extensionOf(path), uploadExtensions()));
  if (kind === 'image' && type.kind !== 'image')
    return refuse(t.notImage(extensionOf(path), uploadExtensions('image')));
  switch (media?.find(path) ?? 'file') {
    case 'missing':
      return refuse(t.missing(shown));
    case 'outside':
      return refuse(t.outside(shown));
    case 'not-file':
      return refuse(t.notFile(shown));
  }
  return { ok: true, target: 'media', path: shown.normalize('NFC') };
}

/** ".pdf" of "a/b.PDF" (lower case), or "" when the name has none. */
function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** One path segment: no "/", "?", "#", "\", whitespace or hidden characters (as HIDDEN); escapes only of other characters. */
const CHAR = '[^/?#\\\\%\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069\\ufeff]';
const ESCAPE = '%(?![01][0-9A-Fa-f]|2[Ff]|5[Cc]|7[Ff])[0-9A-Fa-f]{2}';
const SEGMENT = `(?!(?:\\.|%2[Ee]){1,2}(?:/|$))(?:${CHAR}|${ESCAPE})+`;
const anyCase = (text: string) =>
  [...text].map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('');
const uploadPattern = (extensions: string[]) =>
  new RegExp(
    `^/media/(?:${SEGMENT}/)*(?:${CHAR}|${ESCAPE})*\\.(?:${extensions.map((e) => anyCase(e.slice(1))).join('|')})$`,
  );

/**
 * The form of an upload path as a regular expression, for the CMS's `pattern` (Decap builds it without flags):
 * the same rule as checkMediaRef for /media/ paths, without what only the build can check (the file itself, and
 * escapes that decode to broken UTF-8).
 */
export const MEDIA_FILE_PATTERN = uploadPattern(uploadExtensions());
/** The same for images: /media/ paths of the image upload types. */
export const MEDIA_IMAGE_PATTERN = uploadPattern(uploadExtensions('image'));
