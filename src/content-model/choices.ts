/**
 * The stored values of every choice list, in the order editors see them: written in files, used in addresses and
 * checked by the build. Each list is declared once here; its labels are words (src/i18n/choices.ts).
 */
import type { Choice } from './fields';
import { choiceLabels } from '../i18n/choices';
import { communeKinds, residentialKinds } from '../i18n/unit-kinds';

/** Pairs values with their labels; the types require a label for every value and no label without a value. */
function labelled<const V extends string, L extends Readonly<Record<V, string>>>(
  values: readonly V[],
  labels: L & Readonly<Record<Exclude<keyof L, V>, never>>,
): readonly Choice<V>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** The unit kinds keep their values with their words (src/i18n/unit-kinds.ts): one table per kind. */
const valuesOf = <V extends string>(kinds: readonly { value: V }[]) => kinds.map((k) => k.value);

/** Every choice list of the model: the value stored in files and the label editors and readers see. */
export const choices = {
  articleCategory: labelled(
    ['tac-hai', 'ma-tuy-moi', 'thu-doan', 'phap-luat', 'guong-tot', 'tin-dia-phuong'],
    choiceLabels.articleCategory,
  ),
  audience: labelled(['nguoi-dan', 'hoc-sinh', 'phu-huynh', 'nguoi-lao-dong', 'thanh-nien'], choiceLabels.audience),
  /** Every kind of unit: the commune level, then the residential units. */
  unitKind: labelled(valuesOf([...communeKinds, ...residentialKinds]), choiceLabels.unitKind),
  residentialKind: labelled(valuesOf(residentialKinds), choiceLabels.residentialKind),
  hotlineRole: labelled(
    [
      'truong-cong-an',
      'pho-truong-pctp',
      'csdt-ma-tuy',
      'truong-thon',
      'cong-an-phu-trach',
      'truc-ban',
      'khan-cap',
      'khac',
    ],
    choiceLabels.hotlineRole,
  ),
  programmeKind: labelled(
    [
      'gia-dinh',
      'dong-ho',
      'giao-ho',
      'khu-dan-cu',
      'truong-hoc',
      'chi-doan',
      'tai-hoa-nhap',
      'cuu-cand',
      'doanh-nghiep',
    ],
    choiceLabels.programmeKind,
  ),
  lessonLevel: labelled(['tieu-hoc', 'thcs', 'thpt', 'phu-huynh-giao-vien'], choiceLabels.lessonLevel),
  documentKind: labelled(['ke-hoach', 'quyet-dinh', 'chi-thi', 'bao-cao', 'cong-van'], choiceLabels.documentKind),
  formAudience: labelled(['ho-gia-dinh', 'hoc-sinh'], choiceLabels.formAudience),
  /** The frame of a Callout (src/content-model/components.ts). */
  calloutType: labelled(['info', 'warning', 'tip'], choiceLabels.calloutType),
} as const;
