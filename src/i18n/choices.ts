/**
 * The Vietnamese label of every stored choice value, keyed by the value. The values themselves, their order and
 * which field offers them belong to the content model (src/content-model/choices.ts).
 */
import { communeKinds, residentialKinds } from './unit-kinds';

const labelsOf = <const K extends readonly { value: string; label: string }[]>(kinds: K) =>
  Object.fromEntries(kinds.map((k) => [k.value, k.label])) as Record<K[number]['value'], string>;

/** Labels of each choice list, by stored value. */
export const choiceLabels = {
  articleCategory: {
    'tac-hai': 'Tác hại của ma túy',
    'ma-tuy-moi': 'Ma túy mới, ma túy núp bóng',
    'thu-doan': 'Thủ đoạn của tội phạm',
    'phap-luat': 'Pháp luật',
    'guong-tot': 'Gương người tốt, việc tốt',
    'tin-dia-phuong': 'Tin địa phương',
  },
  audience: {
    'nguoi-dan': 'Người dân',
    'hoc-sinh': 'Học sinh',
    'phu-huynh': 'Phụ huynh',
    'nguoi-lao-dong': 'Người lao động',
    'thanh-nien': 'Thanh niên',
  },
  /** Every kind of unit: the words are the tables of ./unit-kinds.ts. */
  unitKind: labelsOf([...communeKinds, ...residentialKinds]),
  residentialKind: labelsOf(residentialKinds),
  hotlineRole: {
    'truong-cong-an': 'Trưởng Công an xã/phường',
    'pho-truong-pctp': 'Phó Trưởng Công an phụ trách PCTP',
    'csdt-ma-tuy': 'Phòng CSĐTTP về ma túy',
    'truong-thon': 'Trưởng thôn / Tổ trưởng tổ dân phố',
    'cong-an-phu-trach': 'Cán bộ Công an phụ trách địa bàn',
    'truc-ban': 'Trực ban Công an',
    'khan-cap': 'Số khẩn cấp toàn quốc',
    khac: 'Khác',
  },
  programmeKind: {
    'gia-dinh': 'Gia đình không ma túy',
    'dong-ho': 'Dòng họ không ma túy',
    'giao-ho': 'Giáo họ không ma túy',
    'khu-dan-cu': 'Khu dân cư không ma túy',
    'truong-hoc': 'Trường học không ma túy',
    'chi-doan': 'Chi đoàn không ma túy',
    'tai-hoa-nhap': 'Hỗ trợ tái hòa nhập cộng đồng',
    'cuu-cand': 'Cựu Công an nhân dân đồng hành',
    'doanh-nghiep': 'Doanh nghiệp đồng hành',
  },
  lessonLevel: {
    'tieu-hoc': 'Tiểu học',
    thcs: 'Trung học cơ sở',
    thpt: 'Trung học phổ thông',
    'phu-huynh-giao-vien': 'Phụ huynh và giáo viên',
  },
  documentKind: {
    'ke-hoach': 'Kế hoạch',
    'quyet-dinh': 'Quyết định',
    'chi-thi': 'Chỉ thị',
    'bao-cao': 'Báo cáo',
    'cong-van': 'Công văn',
  },
  formAudience: {
    'ho-gia-dinh': 'Hộ gia đình',
    'hoc-sinh': 'Học sinh',
  },
  /** The kinds of frame of the Callout component (src/content-model/components.ts). */
  calloutType: {
    info: 'Lưu ý',
    warning: 'Cảnh báo',
    tip: 'Mẹo',
  },
} as const;

/** A list of choice labels. */
export type ChoiceKey = keyof typeof choiceLabels;

/** The Vietnamese label of a stored choice value. */
export function choiceLabel(key: ChoiceKey, value: string): string {
  const labels = choiceLabels[key] as Readonly<Record<string, string>>;
  if (!Object.hasOwn(labels, value)) throw new Error(`Unknown ${key} value "${value}"`);
  return labels[value]!;
}
