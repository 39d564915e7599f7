/**
 * Field builders: each call declares one field once and returns both projections,
 * the zod schema the build validates with and the Decap CMS field editors fill in.
 */
import { z } from 'astro/zod';
import { messages } from '../i18n/vi';
import { isVietnamesePhone } from '../utils/phone';
import { isCalendarDate, parseCalendarDate } from '../utils/dates';
import { firstUnprintable } from '../utils/unprintable';
import { checkMediaRef, MEDIA_FILE_PATTERN, MEDIA_IMAGE_PATTERN, registeredMediaFolder } from '../safety/media-ref';
import { mediaRefText } from '../i18n/safety';
import { hintWithLimits, limitText } from '../i18n/field-limits';
import { decapDateWidget, decapRelationWidget } from './decap-widgets';

/** A Decap CMS field, as written into the CMS configuration. */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  [option: string]: unknown;
}

/** One field of a content type, in both projections. The type parameters carry the key and the value's type to the pages. */
export interface Field<N extends string = string, S extends z.ZodType = z.ZodType> {
  /** Front-matter key. */
  name: N;
  /** Schema the build validates the value with. */
  zod: S;
  /** Field for the CMS editor. */
  decap: DecapField;
}

/** The value a list of fields validates to, as pages read it (the MDX body is not part of the data). */
export type FieldsData<F extends readonly Field[]> = {
  [K in F[number] as K['name'] extends 'body' ? never : K['name']]: z.output<K['zod']>;
};

/** What every builder takes: the key, the editor's label and hint, and whether the value is required. */
export interface FieldText {
  label: string;
  hint?: string;
}

interface Common extends FieldText {
  /** Defaults to true: a field is required unless it says otherwise. */
  required?: boolean;
}

/** A field's schema as declared: optional when the options say `required: false`. */
type Declared<O, S extends z.ZodType> = O extends { required: false } ? z.ZodOptional<S> : S;

/** A choice offered to editors: the stored value and the Vietnamese label. */
export interface Choice<V extends string = string> {
  value: V;
  label: string;
}

function field<N extends string, O extends Common, S extends z.ZodType>(
  name: N,
  opts: O,
  schema: S,
  decap: { widget: string; [option: string]: unknown },
  limits: readonly string[] = [],
): Field<N, Declared<O, S>> {
  const required = opts.required ?? true;
  // The hint ends with the limits the schema enforces (src/i18n/field-limits.ts): never restated by hand.
  const hint = hintWithLimits(opts.hint, limits);
  return {
    name,
    zod: (required ? schema : schema.optional()) as Declared<O, S>,
    decap: { name, label: opts.label, ...(hint ? { hint } : {}), required, ...decap },
  };
}

/** How a text's length limits read in its hint. */
const lengthLimit = (min: number, max: number) => (min > 1 ? limitText.charRange(min, max) : limitText.maxChars(max));

/** For a further check: run it only when the value passed the earlier ones, so one mistake gets one message. */
const onlyIfValid = (payload: { issues: readonly unknown[] }) => payload.issues.length === 0;

/** Trimmed one-line text; NFC-normalized so NFD input compares equal. */
function nfcString(min: number, max: number) {
  return z
    .string({ error: messages.required })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(min, { error: min <= 1 ? messages.required : messages.tooShort(min) })
        .max(max, { error: messages.tooLong(max) })
        .superRefine((text, ctx) => {
          const code = firstUnprintable(text);
          if (code) ctx.addIssue({ code: 'custom', message: messages.unprintable(code) });
        }),
    );
}

export function text<N extends string, const O extends Common & { max?: number; min?: number }>(name: N, opts: O) {
  const max = opts.max ?? 160;
  return field(name, opts, nfcString(opts.min ?? 1, max), { widget: 'string' }, [lengthLimit(opts.min ?? 1, max)]);
}

export function longText<N extends string, const O extends Common & { max?: number; min?: number }>(name: N, opts: O) {
  const max = opts.max ?? 600;
  return field(name, opts, nfcString(opts.min ?? 1, max), { widget: 'text' }, [lengthLimit(opts.min ?? 1, max)]);
}

/** A string that must match a pattern; the message says how to fix it. */
export function patterned<N extends string, const O extends Common & { pattern: RegExp; message: string }>(
  name: N,
  opts: O,
) {
  const schema = nfcString(1, 200).pipe(z.string().regex(opts.pattern, { error: opts.message }));
  return field(name, opts, schema, { widget: 'string', pattern: [opts.pattern.source, opts.message] });
}

/** A Vietnamese phone number: mobile, landline or a short national hotline. */
export function phone<N extends string, const O extends Common>(name: N, opts: O) {
  const schema = nfcString(3, 20).refine(isVietnamesePhone, { error: messages.phone });
  return field(name, opts, schema, {
    widget: 'string',
    // Decap checks the same shape before saving; the build re-checks with the full rule.
    pattern: ['^[+0-9][0-9 .\\-]{2,19}$', messages.phone],
  });
}

/** A web address: http(s) only (zod's url() alone accepts javascript: and data:), by the rule of src/safety/media-ref.ts. */
export function url<N extends string, const O extends Common>(name: N, opts: O) {
  const schema = z.url({ error: messages.url }).superRefine(
    (value, ctx) => {
      const ref = checkMediaRef(value, { kind: 'link' });
      if (!ref.ok) ctx.addIssue({ code: 'custom', message: ref.reason });
      else if (ref.target !== 'external') ctx.addIssue({ code: 'custom', message: messages.url });
    },
    { when: onlyIfValid },
  );
  return field(name, opts, schema, { widget: 'string', pattern: ['^https?://', messages.url] });
}

/** A calendar date written as YYYY-MM-DD; read as midnight UTC so the day never shifts. */
export function date<N extends string, const O extends Common>(name: N, opts: O) {
  const schema = z
    .string({ error: messages.date })
    // The round trip rejects days the calendar does not have (2026-02-30 would otherwise be 2 March).
    .refine(isCalendarDate, { error: messages.date })
    .transform((s) => parseCalendarDate(s)!);
  return field(name, opts, schema, { ...decapDateWidget });
}

export function boolean<N extends string>(name: N, opts: Common & { default: boolean }) {
  return {
    name,
    zod: z.boolean({ error: messages.boolean }).default(opts.default),
    decap: {
      name,
      label: opts.label,
      ...(opts.hint ? { hint: opts.hint } : {}),
      required: false,
      widget: 'boolean',
      default: opts.default,
    },
  };
}

export function integer<N extends string, const O extends Common & { min?: number; max?: number }>(name: N, opts: O) {
  let schema = z.number({ error: messages.number }).int({ error: messages.number });
  if (opts.min !== undefined) schema = schema.min(opts.min, { error: messages.atLeast(opts.min) });
  if (opts.max !== undefined) schema = schema.max(opts.max, { error: messages.atMost(opts.max) });
  const { min, max } = opts;
  const limit =
    min !== undefined && max !== undefined
      ? limitText.numberRange(min, max)
      : min !== undefined
        ? limitText.numberMin(min)
        : max !== undefined
          ? limitText.numberMax(max)
          : undefined;
  return field(
    name,
    opts,
    schema,
    {
      widget: 'number',
      value_type: 'int',
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
    },
    limit ? [limit] : [],
  );
}

/** One value out of a fixed list. */
export function select<N extends string, V extends string, const O extends Common>(
  name: N,
  opts: O & { choices: readonly Choice<V>[]; default?: V },
) {
  const values = opts.choices.map((c) => c.value) as [V, ...V[]];
  const schema = z.enum(values, { error: messages.choice(values) });
  return field(name, opts, opts.default ? schema.default(opts.default) : schema, {
    widget: 'select',
    options: opts.choices.map((c) => ({ label: c.label, value: c.value })),
    ...(opts.default ? { default: opts.default } : {}),
  });
}

/** Several values out of a fixed list. */
export function multiSelect<N extends string, V extends string, const O extends Common>(
  name: N,
  opts: O & { choices: readonly Choice<V>[]; min?: number },
) {
  const values = opts.choices.map((c) => c.value) as [V, ...V[]];
  const schema = z
    .array(z.enum(values, { error: messages.choice(values) }), { error: messages.list })
    .min(opts.min ?? 0, { error: messages.atLeastItems(opts.min ?? 0) });
  return field(
    name,
    opts,
    schema,
    {
      widget: 'select',
      multiple: true,
      options: opts.choices.map((c) => ({ label: c.label, value: c.value })),
      ...(opts.min ? { min: opts.min } : {}),
    },
    opts.min ? [limitText.minChoices(opts.min)] : [],
  );
}

/** A list of short texts (tags, objectives, results). */
export function textList<N extends string, const O extends Common & { min?: number; max?: number }>(name: N, opts: O) {
  const max = opts.max ?? 300;
  const schema = z.array(nfcString(1, max), { error: messages.list }).min(opts.min ?? 0, {
    error: messages.atLeastItems(opts.min ?? 0),
  });
  return field(
    name,
    opts,
    schema,
    {
      widget: 'list',
      field: { name: 'item', label: opts.label, widget: 'string' },
      ...(opts.min ? { min: opts.min } : {}),
    },
    [limitText.itemMaxChars(max), ...(opts.min ? [limitText.minItems(opts.min)] : [])],
  );
}

/** A group of fields stored as one object. */
export function group<
  N extends string,
  const F extends readonly Field[],
  const O extends Common & { collapsed?: boolean },
>(name: N, opts: O & { fields: F }) {
  return field(name, opts, objectOf(opts.fields), {
    widget: 'object',
    collapsed: opts.collapsed ?? false,
    fields: opts.fields.map((f) => f.decap),
  });
}

/** A list of objects, each with the given fields. */
export function groupList<
  N extends string,
  const F extends readonly Field[],
  const O extends Common & { min?: number; summary?: string },
>(name: N, opts: O & { fields: F }) {
  const schema = z.array(objectOf(opts.fields), { error: messages.list }).min(opts.min ?? 0, {
    error: messages.atLeastItems(opts.min ?? 0),
  });
  return field(
    name,
    opts,
    schema,
    {
      widget: 'list',
      fields: opts.fields.map((f) => f.decap),
      ...(opts.summary ? { summary: opts.summary } : {}),
      ...(opts.min ? { min: opts.min } : {}),
    },
    opts.min ? [limitText.minItems(opts.min)] : [],
  );
}

/**
 * A file uploaded through the CMS and served from /media/: the reference rule of src/safety/media-ref.ts (no `..`,
 * query or other prefix; images only of image types), as the CMS's pattern and in the schema. In the build the
 * schema also requires the file to exist inside media/ (the folder registered by src/content.config.ts).
 */
export function media<N extends string, const O extends Common & { kind: 'image' | 'file' }>(name: N, opts: O) {
  const schema = nfcString(1, 300).superRefine(
    (value, ctx) => {
      const ref = checkMediaRef(value, { kind: opts.kind, external: false }, registeredMediaFolder());
      if (!ref.ok) ctx.addIssue({ code: 'custom', message: ref.reason });
    },
    { when: onlyIfValid },
  );
  const pattern =
    opts.kind === 'image'
      ? [MEDIA_IMAGE_PATTERN.source, mediaRefText.cmsImageHint]
      : [MEDIA_FILE_PATTERN.source, mediaRefText.cmsHint];
  return field(name, opts, schema, { widget: opts.kind, choose_url: false, pattern });
}

/** The longest alt text: what the CMS field says and the build enforces. */
const ALT_MAX = 250;

/** An image as pages read it: where it is served and its alt text. */
export interface ImageValue {
  src: string;
  alt: string;
}

/**
 * An image with the alt text a screen reader reads out. The CMS cannot require a subfield only when the image
 * is set, so both are optional there and the build requires alt text whenever there is an image.
 */
export function image<N extends string, const O extends Common & { altLabel: FieldText }>(
  name: N,
  opts: O,
): Field<N, z.ZodType<ImageValue | undefined>> {
  const src = media('src', { label: opts.label, kind: 'image', required: false });
  const alt = text('alt', { ...opts.altLabel, max: ALT_MAX, required: false });
  const required = opts.required ?? true;
  const schema = z
    // A required image that is absent (or not a group) gets the "required" message, never zod's English one.
    .object({ src: z.string().optional(), alt: z.string().optional() }, { error: messages.required })
    // An image left empty in the CMS is saved as empty strings: that is no image.
    .transform((v) => (v.src ? v : undefined))
    .pipe(
      z
        .object({
          src: src.zod,
          alt: z
            .string({ error: messages.altRequired })
            .transform((s) => s.normalize('NFC').trim())
            .pipe(
              z
                .string()
                .min(1, { error: messages.altRequired })
                .max(ALT_MAX, { error: messages.tooLong(ALT_MAX) }),
            ),
        })
        .optional(),
    )
    .refine((v) => !required || v !== undefined, { error: messages.required });
  return {
    name,
    // After the transform an image always has its src: the value is an ImageValue or nothing.
    zod: (required ? schema : schema.optional()) as unknown as z.ZodType<ImageValue | undefined>,
    decap: {
      name,
      label: opts.label,
      ...(opts.hint ? { hint: opts.hint } : {}),
      required,
      widget: 'object',
      collapsed: false,
      fields: [src.decap, alt.decap],
    },
  };
}

/** The slug of an entry of another collection. */
export function reference<N extends string, const O extends Common & { collection: string; displayField: string }>(
  name: N,
  opts: O,
) {
  const schema = nfcString(1, 120).pipe(z.string().regex(/^[a-z0-9-]+$/, { error: messages.slug }));
  return field(name, opts, schema, decapRelationWidget(opts.collection, opts.displayField));
}

/** The MDX body of an entry (validated by the build, not by zod). */
export function body(opts: FieldText): Field<'body'> {
  return {
    name: 'body',
    zod: z.any(),
    decap: { name: 'body', label: opts.label, widget: 'markdown', ...(opts.hint ? { hint: opts.hint } : {}) },
  };
}

/** An object schema where an unknown key is an error at that key, not silently dropped. */
export function objectOf<const F extends readonly Field[]>(fields: F): z.ZodType<FieldsData<F>> {
  const shape = Object.fromEntries(fields.filter((f) => f.name !== 'body').map((f) => [f.name, f.zod]));
  const schema = z.looseObject(shape).superRefine(
    (data, ctx) => {
      for (const key of Object.keys(data)) {
        if (!(key in shape)) ctx.addIssue({ code: 'custom', path: [key], message: messages.unknownField });
      }
      // Also when another field is wrong: the editor sees every problem of the file at once (src/content-model/entry-report.ts).
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value) },
  );
  // zod cannot infer a shape built at run time; FieldsData states what it validates to.
  return schema as unknown as z.ZodType<FieldsData<F>>;
}
