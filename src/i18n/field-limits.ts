/**
 * The limits of a field as its hint states them. The field builders (src/content-model/fields.ts) write them from
 * the limits they validate with, so no hand-written hint restates (or contradicts) a number.
 */
export const limitText = {
  /** A text of at most `max` characters. */
  maxChars: (max: number) => `Tối đa ${max} ký tự.`,
  /** A text of `min` to `max` characters. */
  charRange: (min: number, max: number) => `Từ ${min} đến ${max} ký tự.`,
  /** Each line of a list of texts. */
  itemMaxChars: (max: number) => `Mỗi dòng tối đa ${max} ký tự.`,
  /** A whole number between two bounds, or with one of them. */
  numberRange: (min: number, max: number) => `Số từ ${min} đến ${max}.`,
  numberMin: (min: number) => `Số nhỏ nhất là ${min}.`,
  numberMax: (max: number) => `Số lớn nhất là ${max}.`,
  /** A list that needs at least `min` entries. */
  minItems: (min: number) => `Cần ít nhất ${min} mục.`,
  /** A multiple choice that needs at least `min` values. */
  minChoices: (min: number) => `Chọn ít nhất ${min}.`,
} as const;

/** The editor's hint followed by the limits, as one text; undefined when there is neither. */
export function hintWithLimits(hint: string | undefined, limits: readonly string[]): string | undefined {
  const parts = [hint?.trim(), ...limits].filter((p): p is string => !!p);
  return parts.length ? parts.join(' ') : undefined;
}
