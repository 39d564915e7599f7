/**
 * What the CMS accepts, the build accepts. Every rule the build enforces, enumerated from the content model, is
 * either checked in the Decap editor before saving (cms/validation/) with the build's own message, or listed below
 * as build-only with the reason the browser cannot check it. A new field, cross-field rule, component attribute
 * constraint or collection without an editor check fails here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { contentTypes, settingsFiles } from '../../src/content-model/registry';
import { contentComponents, type ComponentProp, type ContentComponent } from '../../src/content-model/components';
import { toBlock } from '../../src/content-model/component-syntax';
import { toZod } from '../../src/content-model/to-zod';
import { cmsOptionsFromEnv, toDecapConfig } from '../../src/content-model/to-decap';
import { readData } from '../../src/content-model/loader';
import { mdxAllowList } from '../../src/content-model/mdx-allowlist';
import { useMediaFolder } from '../../src/safety/media-ref';
import { mdxText } from '../../src/i18n/safety';
import { entryIssues, modelOf, type EntryModel } from '../../cms/validation/entry-issues';
import { bodyViolations, bodyIssues } from '../../cms/validation/body-issues';
import { fieldMessages } from '../../cms/validation';
import { demoContent, fixtureSite } from '../helpers/build';
const hotlineCard = contentComponents.find((c) => c.name === 'HotlineCard')!;

/** Rules the build enforces that the browser cannot check, each with the reason. */
const BUILD_ONLY: Record<string, string> = {
  'media:exists':
    'the uploaded file must exist inside media/ (not a link out of it): the browser cannot see the repository',
  'component:HotlineCard.unit:unit':
    'the unit must be a file of units/: the editor offers only existing units from a list, but a unit deleted later is found by the build',
  'privacy-scan': 'privacy scan of every entry (src/privacy): needs the whole site and the exceptions of every file',
  'file-name': 'file name gives a usable address (content-precheck): Decap names files itself from the slug settings',
  'nesting-depth':
    'lists/quotes/elements nested deeper than 20 (content-precheck): protects the build parser; the rich-text editor cannot make it',
  'malformed-escape':
    'a percent escape that does not decode in a link (content-precheck): reported with the file by the pre-check',
  'unknown-key':
    "a front-matter key the model does not have: the editor only holds the model's fields, so there is no field to show it on",
  'image-reference':
    '![alt][ref] whose definition is not an image: needs every definition of the body, judged by the build after parsing',
};

const CONTENT_ROOTS = [demoContent, fixtureSite('dien-bien')];

/** Every content file of a model, in the demo commune and the second commune, as the build reads it. */
function entriesOf(
  model: EntryModel & { folder?: string; file?: string },
): { file: string; data: Record<string, unknown>; raw: string }[] {
  return CONTENT_ROOTS.flatMap((root) => {
    const files = model.file
      ? [join(root, model.file)]
      : readdirSync(join(root, model.folder!), { withFileTypes: true })
          .filter((e) => e.isFile() && /\.(mdx|ya?ml)$/.test(e.name))
          .map((e) => join(root, model.folder!, e.name));
    return files.map((file) => ({ file, data: readData(file), raw: readFileSync(file, 'utf8') }));
  });
}

const models = [...contentTypes, ...settingsFiles] as (EntryModel & { name: string; folder?: string; file?: string })[];

/** The build's messages for one top-level field of an entry. */
function buildMessages(model: EntryModel, data: Record<string, unknown>, field: string): string[] {
  return (toZod(model).safeParse(data).error?.issues ?? []).filter((i) => i.path[0] === field).map((i) => i.message);
}

/** Values no builder accepts for every field; the first the build refuses for a field is used to break it. */
const BAD_VALUES: unknown[] = [
  12.5,
  'ĐĐ ..',
  [12.5],
  { src: '../x.png', alt: '' },
  { src: '/media/x.png', alt: '' },
  'x'.repeat(5000),
  -1e9,
  1e9,
  true,
];

/** Compiles a body as the build does; the error text, or '' when the build accepts it. */
function compile(body: string): string {
  try {
    mdxToJs(body, { mdastPlugins: [mdxAllowList], fileURL: pathToFileURL(join(demoContent, 'articles/thu.mdx')) });
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

/** The constraints each kind of prop field (by its Decap widget) puts on a written value; a new kind fails until listed. */
const CONSTRAINTS_OF_WIDGET: Record<string, string[]> = {
  select: ['options'],
  file: ['file'],
  datetime: ['date'],
  relation: ['pattern', 'unit'],
  string: ['length'],
};

/** The constraints an attribute's field declares: whether it is required, and those of its kind. */
function constraintsOf(attribute: ComponentProp): string[] {
  const kinds = CONSTRAINTS_OF_WIDGET[attribute.decap.widget];
  expect(
    kinds,
    `${attribute.name}: a ${attribute.decap.widget} prop: list its constraints in CONSTRAINTS_OF_WIDGET`,
  ).toBeDefined();
  return [...(attribute.decap.required ? ['required'] : []), ...kinds!];
}

/** A value the attribute's field accepts. */
function validValue(a: ComponentProp): string {
  const options = a.decap.options as { value: string }[] | undefined;
  const byWidget: Record<string, string> = {
    datetime: '2026-06-26',
    file: '/media/ke-hoach.pdf',
    relation: 'lac-phuong',
    string: 'Chữ',
  };
  return options?.[0]?.value ?? byWidget[a.decap.widget]!;
}

/** A component block with valid values for every attribute, the one under test changed. */
function blockWith(component: ContentComponent, name: string, value: string | undefined): string {
  const valid: Record<string, string> = {};
  for (const a of component.attributes) {
    valid[a.name] = validValue(a);
  }
  if (value === undefined) delete valid[name];
  else valid[name] = value;
  return toBlock(component, { ...valid, body: 'Nội dung.' });
}

/** A value breaking one constraint of an attribute, or undefined when none can be written for it. */
const BREAKS: Record<string, (a: ComponentProp) => string | undefined> = {
  required: () => undefined,
  options: () => 'khong-co',
  pattern: () => 'ĐĐ ..',
  file: () => '/media/../ke-hoach.pdf',
  date: () => '2026-02-30',
  length: () => 'Chữ '.repeat(2000),
};

afterEach(() => vi.restoreAllMocks());

describe('editor checks derived from the content model', () => {
  it('has a model for every collection and settings file of the CMS configuration', () => {
    const config = toDecapConfig(cmsOptionsFromEnv({}, { siteUrl: 'https://xa.example.vn/', contentPath: 'content' }));
    for (const collection of config.collections) {
      const files = 'files' in collection ? (collection.files as { name: string }[]) : [undefined];
      for (const file of files)
        expect(modelOf(collection.name, file?.name), `${collection.name}/${file?.name ?? ''}`).toBeDefined();
    }
  });

  it('accepts every entry of the demo commune and of the second commune (no refusal the build would not make)', () => {
    let count = 0;
    for (const model of models) {
      for (const entry of entriesOf(model)) {
        expect([...entryIssues(model, entry.data)], entry.file).toEqual([]);
        if (entry.file.endsWith('.mdx'))
          expect(
            bodyIssues(entry.raw.replace(/^---\n[\s\S]*?\n---/, (fm) => fm.replace(/[^\n]/g, ''))),
            entry.file,
          ).toEqual([]);
        count++;
      }
    }
    expect(count).toBeGreaterThan(20);
  });

  it("refuses a broken value of every field of every model with the build's message, on that field", () => {
    for (const model of models) {
      const [entry] = entriesOf(model);
      expect(entry, `${model.name}: no entry in the demo or fixture content to derive the check from`).toBeDefined();
      for (const field of model.fields) {
        if (field.name === 'body') continue;
        const bad = BAD_VALUES.find((v) => !field.zod.safeParse(v).success);
        expect(bad, `${model.name}.${field.name}: no value the build refuses`).toBeDefined();
        const data = { ...entry!.data, [field.name]: bad };
        const build = buildMessages(model, data, field.name);
        expect(build.length, `${model.name}.${field.name}`).toBeGreaterThan(0);
        const editor = entryIssues(model, data).get(field.name) ?? [];
        // Same messages; a message about a part of the field says which part first.
        expect(editor.length, `${model.name}.${field.name}`).toBe(build.length);
        for (const message of build)
          expect(
            editor.some((m) => m === message || m.endsWith(`: ${message}`)),
            `${model.name}.${field.name}: ${message}`,
          ).toBe(true);
      }
    }
  });

  it('applies every cross-field rule in the editor, with its message on its field', () => {
    const rules = models.flatMap((model) => (model.rules ?? []).map((rule) => ({ model, rule })));
    expect(rules.length).toBeGreaterThanOrEqual(2);
    for (const { model, rule } of rules) {
      const [entry] = entriesOf(model);
      expect(entry, `${model.name}: no entry to derive the rule's check from`).toBeDefined();
      expect(entryIssues(model, entry!.data).get(rule.field) ?? []).not.toContain(rule.message);
      vi.spyOn(rule, 'check').mockReturnValue(false);
      expect(entryIssues(model, entry!.data).get(rule.field), `${model.name}: ${rule.field}`).toContain(rule.message);
      vi.restoreAllMocks();
    }
  });

  it('refuses in the editor every component attribute constraint the build refuses, with the same reason and line', () => {
    const checked: string[] = [];
    for (const component of contentComponents) {
      const ok = blockWith(component, '', '');
      expect(bodyIssues(ok), ok).toEqual([]);
      for (const attribute of component.attributes) {
        for (const constraint of constraintsOf(attribute)) {
          const id = `component:${component.name}.${attribute.name}:${constraint}`;
          if (BUILD_ONLY[id]) continue;
          const breaker = BREAKS[constraint];
          expect(
            breaker,
            `${id}: neither checked in the editor (add a case to BREAKS) nor listed in BUILD_ONLY`,
          ).toBeDefined();
          const body = `Đoạn đầu.\n\n${blockWith(component, attribute.name, breaker!(attribute))}\n`;
          const build = compile(body);
          expect(build, `${id}: the build accepts ${body}`).not.toBe('');
          const editor = bodyViolations(body);
          expect(editor.length, id).toBeGreaterThan(0);
          for (const v of editor) expect(build, id).toContain(`${mdxText.at(v.line, v.column)}: ${v.reason}`);
          checked.push(id);
        }
      }
    }
    expect(checked).toContain('component:HotlineCard.unit:required');
    expect(checked).toContain('component:KeyDate.date:date');
  });

  it('refuses in the editor what the MDX allow-list refuses in a body, with the same reason and line', () => {
    const bodies = [
      '<HotlineCard />',
      'import x from "y"',
      'Chữ {1 + 1} thêm.',
      '<Banner title="x" />',
      '<script>alert(1)</script>',
      'Chữ <span class="x">đỏ</span>.',
      '<abbr onclick="x()" title="a">A</abbr>',
      '<Callout type="info" {...x}>\n\nChữ.\n\n</Callout>',
      '<Callout type={"info"}>\n\nChữ.\n\n</Callout>',
      '[bấm](javascript:alert(1))',
      '![ảnh](../../src/x.ts)',
      '[tải](/media/x.exe)',
      '[x]: ./tep.pdf',
    ];
    for (const body of bodies) {
      const text = `Đoạn đầu.\n\n${body}\n`;
      const build = compile(text);
      expect(build, text).not.toBe('');
      const editor = bodyViolations(text);
      expect(editor.length, text).toBeGreaterThan(0);
      for (const v of editor) expect(build, text).toContain(`${mdxText.at(v.line, v.column)}: ${v.reason}`);
    }
    // What the MDX parser itself refuses: the build stops with the parser's (English) error, the editor with the allow-list's reason.
    for (const body of [
      '<!-- ghi chú -->',
      '<Callout type="info">\n\nChữ không đóng.',
      'Chữ.\n\n</Callout>',
      'Dòng một<br>dòng hai.',
    ]) {
      const text = `Đoạn đầu.\n\n${body}\n`;
      expect(compile(text), text).not.toBe('');
      expect(bodyViolations(text).length, text).toBeGreaterThan(0);
    }
    // Code is text, not MDX: the build and the editor both accept it.
    const code = 'Chữ `<HotlineCard />` và:\n\n```\n<script>{x}</script>\n```\n\nDấu \\{ \\} thường.\n';
    expect(compile(code)).toBe('');
    expect(bodyViolations(code)).toEqual([]);
  });

  it("shows the message on the field Decap validates, and leaves missing required values to Decap's own message", () => {
    const [entry] = entriesOf(contentTypes.find((t) => t.name === 'campaigns')!);
    const imm = (value: unknown) => ({
      get: (key: string, fallback?: unknown) => (value as Record<string, unknown>)[key] ?? fallback,
      toJS: () => value,
    });
    const props = (name: string, value: unknown, data: Record<string, unknown>, widget = 'datetime') => ({
      field: imm({ name, widget }),
      collection: imm({ name: 'campaigns' }),
      value,
      getEntry: () => imm({ slug: '', data }),
      forID: 'x',
    });
    const swapped = { ...entry!.data, startDate: '2026-07-01', endDate: '2026-06-01' };
    expect(fieldMessages(props('endDate', '2026-06-01', swapped) as never)).toEqual(
      buildMessages(campaignsModel(), swapped, 'endDate'),
    );
    expect(fieldMessages(props('endDate', '', swapped) as never)).toEqual([]);
    expect(fieldMessages({ ...props('body', '<HotlineCard />', swapped, 'markdown') } as never)[0]).toContain(
      mdxText.missingAttribute(
        hotlineCard,
        hotlineCard.attributes.find((a) => a.name === 'unit')!,
      ),
    );
    expect(fieldMessages({ ...props('endDate', '2026-06-01', swapped), parentIds: ['p'] } as never)).toEqual([]);
  });

  it('leaves only the existence of uploads to the build, for every upload field of the model', () => {
    expect(BUILD_ONLY['media:exists']).toBeDefined();
    let count = 0;
    for (const model of models) {
      const [entry] = entriesOf(model);
      for (const field of model.fields) {
        const sub = (field.decap.fields as { widget: string }[] | undefined)?.find((f) => f.widget === 'image');
        const kind =
          field.decap.widget === 'file' ? 'file' : field.decap.widget === 'image' || sub ? 'image' : undefined;
        if (!kind) continue;
        const path = kind === 'image' ? '/media/khong-co-anh.png' : '/media/khong-co-tep.pdf';
        const value = sub ? { src: path, alt: 'Ảnh minh họa' } : path;
        const data = { ...entry!.data, [field.name]: value };
        expect(entryIssues(model, data).get(field.name), `${model.name}.${field.name}`).toBeUndefined();
        useMediaFolder({ find: () => 'missing' });
        try {
          expect(buildMessages(model, data, field.name).length, `${model.name}.${field.name}`).toBeGreaterThan(0);
        } finally {
          useMediaFolder(undefined);
        }
        count++;
      }
    }
    expect(count).toBeGreaterThan(2);
  });

  it('lists only build-only component constraints that exist in the model', () => {
    const constraints = contentComponents.flatMap((c) =>
      c.attributes.flatMap((a) => constraintsOf(a).map((k) => `component:${c.name}.${a.name}:${k}`)),
    );
    for (const id of Object.keys(BUILD_ONLY).filter((k) => k.startsWith('component:')))
      expect(constraints, id).toContain(id);
  });
});

function campaignsModel(): EntryModel {
  return contentTypes.find((t) => t.name === 'campaigns')!;
}
