/**
 * The site's response headers per path: the single source of the `_headers` file written into every build
 * (Cloudflare Pages / Netlify format), of the nginx configuration in docs/deploying.md (`npx tsx tools/cli/nginx-config.ts`
 * prints it; a test keeps that page equal to it), of `npm run preview` and of the test servers. Rules apply the way
 * Cloudflare applies `_headers`: every matching rule adds its headers, `detach` removes what earlier rules set.
 */
import { headersFor, parseHeadersFile, type HeaderRule } from './headers';
import { UPLOAD_TYPES, type UploadKind } from './upload-types';
import { contentType } from './content-types';

/** One rule of the table. */
export interface HeaderTableRule {
  /** `_headers` path pattern: `*` matches anything, including "/". */
  pattern: string;
  /** Why, written above the rule in `_headers`. */
  comment?: string[];
  /** Headers set by earlier rules that this path must not get. */
  detach?: string[];
  set?: [name: string, value: string][];
}

const READER_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const ADMIN_CSP =
  "default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com https://gitlab.com https://secure.gravatar.com; connect-src 'self' http://127.0.0.1:8081 https://api.github.com https://gitlab.com; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
/** Uploads: a document of its own with no origin (sandbox), no script and nothing loaded but its own inline style and images. */
export const MEDIA_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:";

/** Type of the "Lưu vào danh bạ" files (vCard 3.0 in UTF-8). */
export const VCARD_TYPE = contentType('danh-ba.vcf');

/** Upload kinds a page shows in place (`<img>`); every other kind is served as a download. */
export const INLINE_UPLOAD_KINDS: readonly UploadKind[] = ['image'];

const adminRule = (pattern: string): HeaderTableRule => ({
  pattern,
  detach: ['Content-Security-Policy', 'Cross-Origin-Opener-Policy'],
  set: [
    ['Content-Security-Policy', ADMIN_CSP],
    ['Cache-Control', 'no-store'],
  ],
});

export const HEADER_TABLE: readonly HeaderTableRule[] = [
  {
    pattern: '/*',
    comment: [
      "Reader pages: no inline code at all. Pagefind compiles its WebAssembly ('wasm-unsafe-eval'), nothing else runs.",
    ],
    set: [
      ['Content-Security-Policy', READER_CSP],
      ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
      ['X-Content-Type-Options', 'nosniff'],
      ['X-Frame-Options', 'DENY'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
      ['Cross-Origin-Opener-Policy', 'same-origin'],
    ],
  },
  {
    ...adminRule('/admin'),
    comment: [
      "The CMS (Decap) needs more, and only here: 'unsafe-eval' (its schema validator compiles code), inline styles (its UI",
      "library injects them), images of uploads being previewed (data:, blob:) and editors' avatars, and the API of",
      'the content backend: the local decap-server (npm start) and hosted GitHub/GitLab. A self-hosted',
      'GitLab/Forgejo/Gitea: add its address (CMS_API_ROOT) to connect-src and img-src below.',
      'OAuth login popups report back to their opener, so no Cross-Origin-Opener-Policy here.',
    ],
  },
  adminRule('/admin/*'),
  {
    pattern: '/_astro/*',
    comment: ['Bundled files carry a content hash in their name: cache them for a year.'],
    set: [['Cache-Control', 'public, max-age=31536000, immutable']],
  },
  {
    pattern: '/media/*',
    comment: [
      "Editors' uploads (only the types of src/safety/upload-types.ts pass the build). Should anything else ever get",
      'here, it runs nowhere: a sandboxed document with no script, never sniffed as another type, and a download',
      'unless it is an image a page shows.',
    ],
    detach: ['Content-Security-Policy'],
    set: [
      ['Content-Security-Policy', MEDIA_CSP],
      ['Content-Disposition', 'attachment'],
    ],
  },
  {
    pattern: '/sw.js',
    comment: ['The offline service worker: always asked again, so a new build replaces it at the next visit.'],
    set: [['Cache-Control', 'no-cache']],
  },
  {
    pattern: '/tai-ve/*.vcf',
    comment: [
      'Hotline numbers as phone contacts: phones open the file as contacts only with this type (UTF-8 for Vietnamese).',
    ],
    set: [['Content-Type', VCARD_TYPE]],
  },
  ...UPLOAD_TYPES.filter((t) => INLINE_UPLOAD_KINDS.includes(t.kind)).map((t) => ({
    pattern: `/media/*${t.extension}`,
    detach: ['Content-Disposition'],
  })),
];

const HEADER_FILE_INTRO = [
  'Security headers, in the format of Cloudflare Pages (and Netlify, Sevalla…). Generated by the build from',
  'src/safety/header-table.ts, which also gives docs/deploying.md its nginx configuration and `npm run preview` its headers.',
  'Checked by tests/safety/headers.test.ts and tests/safety/uploads-browser.test.ts.',
];

/** The `_headers` file, as written into the build. */
export function headersFileText(): string {
  const lines = HEADER_FILE_INTRO.map((l) => `# ${l}`);
  for (const rule of HEADER_TABLE) {
    if (rule.comment) lines.push('', ...rule.comment.map((l) => `# ${l}`));
    lines.push(rule.pattern);
    for (const name of rule.detach ?? []) lines.push(`  ! ${name}`);
    for (const [name, value] of rule.set ?? []) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The table read back through the `_headers` parser, so servers apply exactly what the file says. */
export const headerRules: HeaderRule[] = parseHeadersFile(headersFileText());

/** The headers a response for `path` carries (names in lower case). */
export function responseHeaders(path: string): Record<string, string> {
  return headersFor(headerRules, path);
}

/** A path the rule's pattern matches, standing for every path it matches. */
const samplePath = (pattern: string) => pattern.replace(/\*/g, 'x').replace(/:[A-Za-z]\w*/g, 'x');

/** The nginx location for a pattern: prefix for `/dir/*`, exact for a plain path, regex for `/dir/*.ext`. */
function nginxLocations(table: readonly HeaderTableRule[]): { location: string; sample: string }[] {
  const out: { location: string; sample: string }[] = [];
  const byExtension = new Map<string, string[]>();
  for (const { pattern } of table) {
    const ext = /^(\/[^*]*)\*\.(\w+)$/.exec(pattern);
    if (ext) {
      byExtension.set(ext[1]!, [...(byExtension.get(ext[1]!) ?? []), ext[2]!]);
      continue;
    }
    if (pattern === '/*') out.push({ location: 'location /', sample: '/' });
    else if (pattern.endsWith('/*') && !pattern.slice(0, -1).includes('*'))
      out.push({ location: `location ${pattern.slice(0, -1)}`, sample: samplePath(pattern) });
    else if (!pattern.includes('*') && !pattern.includes(':'))
      out.push({ location: `location = ${pattern}`, sample: pattern });
    else throw new Error(`header table: no nginx location for the pattern ${pattern}`);
  }
  // Regex locations win over prefix ones in nginx, as the later, narrower `_headers` rule does here.
  for (const [prefix, extensions] of byExtension) {
    out.push({
      location: `location ~ ^${prefix.replace(/[.]/g, '\\.')}.*\\.(${extensions.join('|')})$`,
      sample: `${prefix}x.${extensions[0]}`,
    });
  }
  return out;
}

const HEADER_NAMES: Record<string, string> = Object.fromEntries(
  HEADER_TABLE.flatMap((r) => (r.set ?? []).map(([name]) => [name.toLowerCase(), name] as const)),
);

/**
 * The nginx configuration sending the same headers: a snippet with the headers every location shares (nginx drops
 * a server's add_header lines in a location that has its own, so each location includes the snippet again).
 */
export function nginxConfig(): string {
  const locations = nginxLocations(HEADER_TABLE).map((l) => ({ ...l, headers: responseHeaders(l.sample) }));
  const shared = Object.entries(locations[0]!.headers).filter(([name, value]) =>
    locations.every((l) => l.headers[name] === value),
  );
  const sharedNames = new Set(shared.map(([name]) => name));
  const line = (name: string, value: string) => `add_header ${HEADER_NAMES[name] ?? name} "${value}" always;`;
  const out = [
    '# /etc/nginx/snippets/portal-security.conf (generated from src/safety/header-table.ts: npx tsx tools/cli/nginx-config.ts)',
    ...shared.map(([name, value]) => line(name, value)),
    '',
    "# server { … } of the site (nginx forgets the server's add_header lines in a location that has its own: each",
    '# location includes the snippet again)',
    'root /var/www/portal/dist;',
    'error_page 404 /404.html;',
  ];
  for (const { location, headers } of locations) {
    out.push(`${location} {`, '  include snippets/portal-security.conf;');
    for (const [name, value] of Object.entries(headers)) {
      if (sharedNames.has(name)) continue;
      // add_header would send a second Content-Type next to the one of nginx's mime.types: set the type instead.
      if (name === 'content-type') out.push('  types { }', `  default_type "${value}";`);
      else out.push(`  ${line(name, value)}`);
    }
    if (location === 'location /') out.push('  try_files $uri $uri/ =404;');
    out.push('}');
  }
  return `${out.join('\n')}\n`;
}
