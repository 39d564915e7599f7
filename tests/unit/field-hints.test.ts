/**
 * Every hint states the limits its field enforces, and no hint states another. The limits are measured on the
 * schemas the build validates with (not read from the builders' options), for every field of every content type,
 * settings file and content component prop, nested fields included.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { contentTypes, settingsFiles } from '../../src/content-model/registry';
import { contentComponents } from '../../src/content-model/components';
import { image, text, type DecapField, type Field } from '../../src/content-model/fields';
import { limitText } from '../../src/i18n/field-limits';

/** One field as editors see it (its Decap field) with the schema that validates its value in the build. */
interface Leaf {
  where: string;
  decap: DecapField;
  zod: z.ZodType;
}

/** Zod's description of a schema (public `def` of zod 4). */
type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** The object schema a group's value is validated with: through optional, default, pipes (output side first) and lists. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(schema);
  if (def.shape) return def.shape;
  if (def.type === 'array') return shapeOf(def.element!);
  if (def.innerType) return shapeOf(def.innerType);
  if (def.type === 'pipe') return shapeOf(def.out!) ?? shapeOf(def.in!);
  return undefined;
}

/** The field and every field inside it, each with the schema its value meets inside the whole field's schema. */
function walk(where: string, decap: DecapField, zod: z.ZodType): Leaf[] {
  const leaf = { where, decap, zod };
  const children = decap.fields as DecapField[] | undefined;
  if (!children) return [leaf];
  const shape = shapeOf(zod);
  expect(shape, `${where}: no object schema for its fields`).toBeDefined();
  return [
    leaf,
    ...children.flatMap((child) => {
      expect(shape![child.name], `${where}.${child.name}: no schema`).toBeDefined();
      return walk(`${where}.${child.name}`, child, shape![child.name]!);
    }),
  ];
}

const ok = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

/** The lowest whole number in [low, high] for which `pass` holds, given that it holds at `high` and is monotone. */
function lowest(low: number, high: number, pass: (n: number) => boolean): number {
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (pass(mid)) high = mid;
    else low = mid + 1;
  }
  return high;
}

/** The length limits of a text schema, measured with letters; undefined when it accepts no plain letters (a pattern). */
function lengthLimits(schema: z.ZodType): { min: number; max: number } | undefined {
  const accepts = (n: number) => ok(schema, 'a'.repeat(n));
  const min = [1, 2, 3, 5, 10, 20, 50].find(accepts);
  if (min === undefined) return undefined;
  const exact = lowest(1, min, accepts);
  expect(accepts(100_000), 'a text without a maximum length').toBe(false);
  return { min: exact, max: lowest(exact, 100_000, (n) => !accepts(n)) - 1 };
}

/** The bounds of a whole-number schema (undefined on a side without one). */
function numberLimits(schema: z.ZodType): { min?: number; max?: number } {
  const start = [0, 1, 10, 100, 1000].find((n) => ok(schema, n));
  expect(start, 'a number field accepting none of 0, 1, 10, 100, 1000').toBeDefined();
  const FAR = 1e9;
  const min = ok(schema, -FAR) ? undefined : lowest(-FAR, start!, (n) => ok(schema, n));
  const max = ok(schema, FAR) ? undefined : lowest(start!, FAR, (n) => !ok(schema, n)) - 1;
  return { min, max };
}

/** The fewest entries a list schema takes: the smallest count for which it reports no "too small" on the list itself. */
function minItems(schema: z.ZodType): number {
  const tooSmall = (n: number) =>
    (schema.safeParse(Array.from({ length: n }, () => null)).error?.issues ?? []).some(
      (i) => i.path.length === 0 && i.code === 'too_small',
    );
  const found = [0, 1, 2, 3, 4, 5, 10, 20].find((n) => !tooSmall(n));
  expect(found, 'a list needing more than 20 entries').toBeDefined();
  return found!;
}

/** The limit sentences a field's hint must contain, measured on its schema, and the character counts it may name. */
function expectedLimits(leaf: Leaf): { phrases: string[]; charCounts: number[] } {
  const { decap, zod } = leaf;
  const phrases: string[] = [];
  const charCounts: number[] = [];
  if (decap.widget === 'string' || decap.widget === 'text') {
    const length = lengthLimits(zod);
    if (length) {
      phrases.push(length.min > 1 ? limitText.charRange(length.min, length.max) : limitText.maxChars(length.max));
      charCounts.push(length.min, length.max);
    }
  } else if (decap.widget === 'number') {
    const { min, max } = numberLimits(zod);
    if (min !== undefined && max !== undefined) phrases.push(limitText.numberRange(min, max));
    else if (min !== undefined) phrases.push(limitText.numberMin(min));
    else if (max !== undefined) phrases.push(limitText.numberMax(max));
  } else if (decap.widget === 'list' || (decap.widget === 'select' && decap.multiple)) {
    const min = minItems(zod);
    if (decap.widget === 'list' && decap.field) {
      // A list of texts: each line's length, measured on a list long enough to be valid.
      const item = lengthLimits(eachLineOf(zod, Math.max(min, 1)));
      expect(item, `${leaf.where}: list items accept no text`).toBeDefined();
      phrases.push(limitText.itemMaxChars(item!.max));
      charCounts.push(item!.max);
    }
    if (min > 0) phrases.push(decap.widget === 'select' ? limitText.minChoices(min) : limitText.minItems(min));
  }
  return { phrases, charCounts };
}

/** A schema for one text, judged as every line of a list of `count` equal lines. */
function eachLineOf(list: z.ZodType, count: number): z.ZodType {
  return {
    safeParse: (value: unknown) => list.safeParse(Array.from({ length: count }, () => value)),
  } as unknown as z.ZodType;
}

const topLevel: { where: string; field: Pick<Field, 'decap' | 'zod'> }[] = [
  ...[...contentTypes, ...settingsFiles].flatMap((model) =>
    model.fields.map((field) => ({ where: `${model.name}.${field.name}`, field })),
  ),
  ...contentComponents.flatMap((component) =>
    component.attributes.map((field) => ({ where: `<${component.name}> ${field.name}`, field })),
  ),
];
const leaves = topLevel.flatMap(({ where, field }) => walk(where, field.decap, field.zod));

describe('field hints state the limits the build enforces', () => {
  it('walks every field, nested ones included', () => {
    expect(leaves.length).toBeGreaterThan(topLevel.length);
    expect(leaves.some((l) => l.where === 'articles.cover.alt')).toBe(true);
    expect(leaves.some((l) => l.where.startsWith('<Callout>'))).toBe(true);
  });

  it.each(leaves.map((leaf) => [leaf.where, leaf] as const))('%s: its hint states its limits', (_where, leaf) => {
    const { phrases } = expectedLimits(leaf);
    for (const phrase of phrases) expect(leaf.decap.hint ?? '', phrase).toContain(phrase);
  });

  it.each(leaves.map((leaf) => [leaf.where, leaf] as const))(
    '%s: its hint names no other number of characters',
    (_where, leaf) => {
      const { charCounts } = expectedLimits(leaf);
      for (const [phrase, count] of (leaf.decap.hint ?? '').matchAll(/(\d+)\s*ký tự/g))
        expect(charCounts, phrase).toContain(Number(count));
    },
  );

  it('keeps the hint of an image and enforces the length its alt text field states', () => {
    const field = image('anh', { label: 'Ảnh', hint: 'Ảnh ngang.', altLabel: { label: 'Mô tả ảnh' } });
    expect(field.decap.hint).toBe('Ảnh ngang.');
    const alt = walk('anh', field.decap, field.zod).find((l) => l.where === 'anh.alt')!;
    expect(alt.decap.hint).toBe(limitText.maxChars(250));
    expect(ok(field.zod, { src: '/media/anh.png', alt: 'a'.repeat(250) })).toBe(true);
    expect(ok(field.zod, { src: '/media/anh.png', alt: 'a'.repeat(251) })).toBe(false);
  });

  it('writes the limits after the hand-written hint, and alone when there is none', () => {
    expect(text('ten', { label: 'Tên', hint: 'Tên đầy đủ.', max: 80 }).decap.hint).toBe(
      `Tên đầy đủ. ${limitText.maxChars(80)}`,
    );
    expect(text('ten', { label: 'Tên', max: 80, min: 3 }).decap.hint).toBe(limitText.charRange(3, 80));
  });
});
