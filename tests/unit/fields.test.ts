/**
 * The field builders of src/content-model/fields.ts, table-driven: for each builder, values an editor may write and
 * what the build makes of them: the value pages read, or the Vietnamese message the editor sees. Validation only
 * (labels and hints are tested elsewhere); everything goes through the builders' public zod projection.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  body,
  boolean,
  date,
  group,
  groupList,
  image,
  integer,
  longText,
  media,
  multiSelect,
  objectOf,
  patterned,
  phone,
  reference,
  select,
  text,
  textList,
  url,
  type Field,
} from '../../src/content-model/fields';
import { campaigns } from '../../src/content-model/registry';
import { toZod } from '../../src/content-model/to-zod';
import { messages } from '../../src/i18n/vi';
import { mediaRefText } from '../../src/i18n/safety';
import { useMediaFolder, type MediaLookup } from '../../src/safety/media-ref';
import { uploadExtensions } from '../../src/safety/upload-types';

/** What the build makes of a value: `{ ok: value }` or `{ error: [messages] }` (with the path when nested). */
function judge(schema: Field['zod'], input: unknown): { ok: unknown } | { error: string[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: result.data };
  return { error: result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)) };
}

/** One row of a table: the input, and either the value read or the messages shown. */
type Row = [input: unknown, expected: { ok: unknown } | { error: string[] }];
const ok = (value: unknown): { ok: unknown } => ({ ok: value });
const error = (...list: string[]): { error: string[] } => ({ error: list });

/** Runs a table against one field. */
function table(name: string, field: Field, rows: Row[]) {
  describe(name, () => {
    it.each(rows.map(([input, expected]) => ({ input, expected, show: JSON.stringify(input) ?? String(input) })))(
      '$show',
      ({ input, expected }) => {
        expect(judge(field.zod, input)).toEqual(expected);
      },
    );
  });
}

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const nfd = (s: string) => s.normalize('NFD');

describe('messages are Vietnamese sentences an editor can act on', () => {
  it.each(['required', 'date', 'phone', 'url', 'altRequired', 'endBeforeStart', 'slug', 'unknownField'] as const)(
    '%s',
    (key) => {
      expect(messages[key]).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    },
  );
});

table('text: trimmed, NFC, 1 to max characters, required by default', text('title', { label: 'Tiêu đề', max: 10 }), [
  ['Ma túy', ok('Ma túy')],
  ['  Ma túy \n', ok('Ma túy')],
  [nfd('Ma túy'), ok('Ma túy')],
  // NFD counts more code points than NFC: the limit is on what the editor sees.
  [nfd('Đường dây'), ok('Đường dây')],
  ['1234567890', ok('1234567890')],
  ['12345678901', error(messages.tooLong(10))],
  ['', error(messages.required)],
  ['   ', error(messages.required)],
  [undefined, error(messages.required)],
  [42, error(messages.required)],
  // Characters XML forbids (a YAML "\x01" escape, a noncharacter, half a surrogate pair) would break the feed and
  // the slides: refused, naming the character.
  ['Ma\u0001túy', error(messages.unprintable('U+0001'))],
  ['Ma\uFFFEtúy', error(messages.unprintable('U+FFFE'))],
  ['Ma\uD800túy', error(messages.unprintable('U+D800'))],
  ['Ma\ttúy', ok('Ma\ttúy')],
]);

table('text: a minimum length', text('code', { label: 'Mã', min: 3 }), [
  ['abc', ok('abc')],
  ['ab', error(messages.tooShort(3))],
  ['  ab  ', error(messages.tooShort(3))],
]);

table('text: optional', text('subtitle', { label: 'Phụ đề', required: false }), [
  [undefined, ok(undefined)],
  ['Có', ok('Có')],
  // Present but empty is still an empty text, not an absent one.
  ['', error(messages.required)],
]);

table('text: default maximum of 160', text('title', { label: 'Tiêu đề' }), [
  ['a'.repeat(160), ok('a'.repeat(160))],
  ['a'.repeat(161), error(messages.tooLong(160))],
]);

table('longText: default maximum of 600, lines kept', longText('summary', { label: 'Tóm tắt' }), [
  ['Dòng một.\nDòng hai.', ok('Dòng một.\nDòng hai.')],
  ['Dòng một.\r\nDòng\u000bhai.', error(messages.unprintable('U+000B'))],
  ['a'.repeat(600), ok('a'.repeat(600))],
  ['a'.repeat(601), error(messages.tooLong(600))],
  ['', error(messages.required)],
]);

table('longText: min and max', longText('reason', { label: 'Lý do', min: 10, max: 20 }), [
  ['đủ mười ký tự', ok('đủ mười ký tự')],
  ['ngắn', error(messages.tooShort(10))],
  ['quá hai mươi ký tự rồi đấy', error(messages.tooLong(20))],
]);

table(
  'patterned: the pattern after trimming, with the field’s own message',
  patterned('number', { label: 'Số', pattern: /^\d+\/[A-Z-]+$/, message: 'Viết như 240/KH-UBND.' }),
  [
    ['240/KH-UBND', ok('240/KH-UBND')],
    [' 240/KH-UBND ', ok('240/KH-UBND')],
    ['KH-UBND', error('Viết như 240/KH-UBND.')],
    ['', error(messages.required)],
  ],
);

table('phone: mobile, landline, short hotline', phone('phone', { label: 'Số điện thoại' }), [
  ['0912 345 678', ok('0912 345 678')],
  ['0225 3123 456', ok('0225 3123 456')],
  ['113', ok('113')],
  ['gọi anh Ba', error(messages.phone)],
  ['0912 345', error(messages.phone)],
  // Two causes of one field are both given (the report joins them on one line).
  ['12', error(messages.tooShort(3), messages.phone)],
]);

table('url: http(s) addresses only', url('facebook', { label: 'Facebook' }), [
  ['https://facebook.com/xa.lacphuong', ok('https://facebook.com/xa.lacphuong')],
  ['http://ubnd.example.vn/', ok('http://ubnd.example.vn/')],
  ['facebook.com', error(messages.url)],
  ['javascript:alert(1)', error(expect.stringContaining('"javascript:"') as unknown as string)],
  ['data:text/html,x', error(expect.stringContaining('"data:"') as unknown as string)],
  ['https://ubnd.gov.vn@evil.example/', error(mediaRefText.badExternal)],
]);

table('date: a calendar day YYYY-MM-DD, read as midnight UTC', date('publishDate', { label: 'Ngày đăng' }), [
  ['2026-06-26', ok(day('2026-06-26'))],
  ['2028-02-29', ok(day('2028-02-29'))],
  ['2026-02-29', error(messages.date)],
  ['2026-02-30', error(messages.date)],
  ['2026-04-31', error(messages.date)],
  ['2026-13-01', error(messages.date)],
  ['26/06/2026', error(messages.date)],
  ['2026-6-26', error(messages.date)],
  ['2026-06-26T10:00:00Z', error(messages.date)],
  ['', error(messages.date)],
  [undefined, error(messages.date)],
]);

table('date: optional', date('updatedDate', { label: 'Ngày cập nhật', required: false }), [
  [undefined, ok(undefined)],
  ['2026-11-23', ok(day('2026-11-23'))],
  ['2026-11-31', error(messages.date)],
]);

table('integer: whole numbers within min and max', integer('order', { label: 'Thứ tự', min: 1, max: 99 }), [
  [1, ok(1)],
  [99, ok(99)],
  [0, error(messages.atLeast(1))],
  [100, error(messages.atMost(99))],
  [1.5, error(messages.number)],
  ['3', error(messages.number)],
  [undefined, error(messages.number)],
]);

table('integer: optional, no limits', integer('members', { label: 'Thành viên', required: false }), [
  [undefined, ok(undefined)],
  [-5, ok(-5)],
]);

table('boolean: true or false, with its default', boolean('draft', { label: 'Bản nháp', default: false }), [
  [true, ok(true)],
  [false, ok(false)],
  [undefined, ok(false)],
  ['có', error(messages.boolean)],
  ['true', error(messages.boolean)],
]);

const choices = [
  { value: 'tac-hai', label: 'Tác hại' },
  { value: 'ma-tuy-moi', label: 'Ma túy mới' },
] as const;

table('select: one stored value of the list', select('category', { label: 'Chuyên mục', choices }), [
  ['tac-hai', ok('tac-hai')],
  ['Tác hại', error(messages.choice(['tac-hai', 'ma-tuy-moi']))],
  ['', error(messages.choice(['tac-hai', 'ma-tuy-moi']))],
  [undefined, error(messages.choice(['tac-hai', 'ma-tuy-moi']))],
]);

table(
  'select: a default fills an absent value',
  select('category', { label: 'Chuyên mục', choices, default: 'ma-tuy-moi' }),
  [
    [undefined, ok('ma-tuy-moi')],
    ['tac-hai', ok('tac-hai')],
  ],
);

table(
  'multiSelect: values of the list, at least min',
  multiSelect('audiences', { label: 'Đối tượng', choices, min: 1 }),
  [
    [['tac-hai'], ok(['tac-hai'])],
    [['tac-hai', 'ma-tuy-moi'], ok(['tac-hai', 'ma-tuy-moi'])],
    [[], error(messages.atLeastItems(1))],
    [['tac-hai', 'khac'], error(`1: ${messages.choice(['tac-hai', 'ma-tuy-moi'])}`)],
    ['tac-hai', error(messages.list)],
  ],
);

table('textList: trimmed texts, at least min', textList('tags', { label: 'Từ khóa', min: 1, max: 20 }), [
  [['  bóng cười ', nfd('ma túy')], ok(['bóng cười', 'ma túy'])],
  [[], error(messages.atLeastItems(1))],
  [['ok', ''], error(`1: ${messages.required}`)],
  [['a'.repeat(21)], error(`0: ${messages.tooLong(20)}`)],
  ['bóng cười', error(messages.list)],
]);

table('textList: optional, empty allowed', textList('tags', { label: 'Từ khóa', required: false }), [
  [undefined, ok(undefined)],
  [[], ok([])],
]);

table(
  'group: its fields, every problem at its path, unknown keys refused',
  group('address', {
    label: 'Địa chỉ',
    fields: [text('street', { label: 'Đường' }), integer('number', { label: 'Số', min: 1 })],
  }),
  [
    [{ street: ' Lê Lợi ', number: 3 }, ok({ street: 'Lê Lợi', number: 3 })],
    [{ street: '', number: 0 }, error(`street: ${messages.required}`, `number: ${messages.atLeast(1)}`)],
    [{ street: 'Lê Lợi', number: 3, ward: 'x' }, error(`ward: ${messages.unknownField}`)],
    // Unknown keys are reported together with the wrong fields: every problem of the file at once.
    [{ number: 3, ward: 'x' }, error(`street: ${messages.required}`, `ward: ${messages.unknownField}`)],
  ],
);

table(
  'groupList: a list of groups, at least min, problems at item and field',
  groupList('keyDates', {
    label: 'Các mốc',
    min: 1,
    fields: [date('date', { label: 'Ngày' }), text('label', { label: 'Sự kiện', max: 20 })],
  }),
  [
    [[{ date: '2026-06-26', label: 'Ngày toàn dân' }], ok([{ date: day('2026-06-26'), label: 'Ngày toàn dân' }])],
    [[], error(messages.atLeastItems(1))],
    [[{ date: '2026-02-30', label: 'Sai' }], error(`0.date: ${messages.date}`)],
    [[{ date: '2026-06-26', label: 'Đúng' }, { date: '2026-06-27' }], error(`1.label: ${messages.required}`)],
    [{ date: '2026-06-26', label: 'x' }, error(messages.list)],
  ],
);

table(
  'reference: the slug of another entry',
  reference('unit', { label: 'Đơn vị', collection: 'units', displayField: 'name' }),
  [
    ['thon-dong-lac', ok('thon-dong-lac')],
    [' thon-dong-lac ', ok('thon-dong-lac')],
    ['Thôn Đông Lạc', error(messages.slug)],
    ['thon_dong_lac', error(messages.slug)],
    ['', error(messages.required)],
  ],
);

describe('media: an upload under /media/', () => {
  afterEach(() => useMediaFolder(undefined));
  const file = media('attachment', { label: 'Tệp', kind: 'file' });
  const picture = media('picture', { label: 'Ảnh', kind: 'image' });

  it.each([
    ['/media/ke-hoach.pdf', ok('/media/ke-hoach.pdf')],
    ['/media/sub/anh.png', ok('/media/sub/anh.png')],
    ['ke-hoach.pdf', error(expect.stringContaining('đường dẫn tương đối') as unknown as string)],
    ['/media/../bi-mat.pdf', error(mediaRefText.dotSegment)],
    ['/media/ke-hoach.pdf?raw', error(mediaRefText.query)],
    ['/media/evil.mjs', error(expect.stringContaining('".mjs"') as unknown as string)],
    ['https://example.vn/a.pdf', error(expect.stringContaining('/media/') as unknown as string)],
  ] as Row[])('file %j', (input, expected) => {
    expect(judge(file.zod, input)).toEqual(expected);
  });

  it('an empty path is refused once, as a missing value', () => {
    expect(judge(file.zod, '')).toEqual(error(messages.required));
  });

  it('an image must be of an image type and come from /media/', () => {
    expect(judge(picture.zod, '/media/anh.jpg')).toEqual(ok('/media/anh.jpg'));
    expect(judge(picture.zod, '/media/ke-hoach.pdf')).toEqual(
      error(expect.stringContaining('không phải ảnh') as unknown as string),
    );
    expect(judge(picture.zod, 'https://example.vn/anh.png')).toEqual(error(mediaRefText.externalImage));
  });

  it('in the build, the file must exist inside media/', () => {
    const lookups: Record<string, MediaLookup> = {
      'co.pdf': 'file',
      'thu-muc.pdf': 'not-file',
      'ngoai.pdf': 'outside',
    };
    useMediaFolder({ find: (path) => lookups[path] ?? 'missing' });
    expect(judge(file.zod, '/media/co.pdf')).toEqual(ok('/media/co.pdf'));
    expect(judge(file.zod, '/media/khong-co.pdf')).toEqual(error(mediaRefText.missing('/media/khong-co.pdf')));
    expect(judge(file.zod, '/media/thu-muc.pdf')).toEqual(error(mediaRefText.notFile('/media/thu-muc.pdf')));
    expect(judge(file.zod, '/media/ngoai.pdf')).toEqual(error(mediaRefText.outside('/media/ngoai.pdf')));
  });
});

table('image: a picture with its alt text', image('cover', { label: 'Ảnh', altLabel: { label: 'Mô tả' } }), [
  [
    { src: '/media/anh.png', alt: 'Cán bộ nói chuyện với học sinh' },
    ok({ src: '/media/anh.png', alt: 'Cán bộ nói chuyện với học sinh' }),
  ],
  [{ src: '/media/anh.png', alt: nfd('  Học sinh ') }, ok({ src: '/media/anh.png', alt: 'Học sinh' })],
  [{ src: '/media/anh.png' }, error(`alt: ${messages.altRequired}`)],
  [{ src: '/media/anh.png', alt: '' }, error(`alt: ${messages.altRequired}`)],
  [{ src: '/media/anh.png', alt: '   ' }, error(`alt: ${messages.altRequired}`)],
  [{ src: '/media/anh.png', alt: 'a'.repeat(251) }, error(`alt: ${messages.tooLong(250)}`)],
  [
    { src: '/media/ke-hoach.pdf', alt: 'Kế hoạch' },
    error(`src: ${mediaRefText.notImage('.pdf', uploadExtensions('image'))}`),
  ],
  // Left empty in the CMS (saved as empty strings): no image, which a required image refuses.
  [{ src: '', alt: '' }, error(messages.required)],
  [undefined, error(messages.required)],
]);

table('image: optional', image('cover', { label: 'Ảnh', altLabel: { label: 'Mô tả' }, required: false }), [
  [undefined, ok(undefined)],
  [{ src: '', alt: '' }, ok(undefined)],
  [{ src: '/media/anh.png' }, error(`alt: ${messages.altRequired}`)],
]);

describe('body and objectOf', () => {
  it('the body is not front matter: objectOf ignores it and refuses it as a key', () => {
    const schema = objectOf([text('title', { label: 'Tiêu đề' }), body({ label: 'Nội dung' })]);
    expect(judge(schema, { title: 'Bài' })).toEqual(ok({ title: 'Bài' }));
    expect(judge(schema, { title: 'Bài', body: 'x' })).toEqual(error(`body: ${messages.unknownField}`));
  });

  it('a non-object is refused without a crash', () => {
    const schema = objectOf([text('title', { label: 'Tiêu đề' })]);
    expect('error' in judge(schema, 'Bài')).toBe(true);
    expect('error' in judge(schema, ['Bài'])).toBe(true);
  });
});

describe('a rule across fields: a campaign ends on or after its start (campaigns type)', () => {
  const base = { title: 'Tháng hành động', summary: 'Tóm tắt.', theme: 'Chủ đề', slogan: 'Khẩu hiệu' };
  const schema = toZod(campaigns);
  it.each([
    [
      '2026-06-01',
      '2026-06-30',
      ok(expect.objectContaining({ startDate: day('2026-06-01'), endDate: day('2026-06-30') })),
    ],
    ['2026-06-26', '2026-06-26', ok(expect.objectContaining({ endDate: day('2026-06-26') }))],
    ['2026-06-30', '2026-06-01', error(`endDate: ${messages.endBeforeStart}`)],
    ['2026-06-02', '2026-06-01', error(`endDate: ${messages.endBeforeStart}`)],
  ])('%s to %s', (startDate, endDate, expected) => {
    expect(judge(schema, { ...base, startDate, endDate })).toEqual(expected);
  });

  it('a wrong date is reported as a wrong date, not as a wrong order', () => {
    expect(judge(schema, { ...base, startDate: '2026-06-01', endDate: '2026-02-30' })).toEqual(
      error(`endDate: ${messages.date}`),
    );
  });
});
