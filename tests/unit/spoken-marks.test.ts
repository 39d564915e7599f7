import { describe, expect, it } from 'vitest';
import { broadcastParagraphs } from '../../src/editorial/broadcast-text';
import { buildCaption } from '../../src/editorial/caption';
import { hotlineSentence } from '../../src/editorial/hotline-reading';
import type { Board } from '../../src/data/hotlines';
import { checkExampleMarks, unmarkedExamples, type ExampleNumbers } from '../../src/posters/example-marks';
import type { PosterJob } from '../../src/posters/jobs';
import { abbreviationTable, expandAbbreviations, toSpokenText } from '../../src/utils/spoken-vi';
import { communeWords } from '../../src/utils/unit-words';

describe('abbreviations read out in full', () => {
  it('expands offices from the built-in table, as whole words only', () => {
    expect(expandAbbreviations('Phó Trưởng Công an phụ trách PCTP')).toBe(
      'Phó Trưởng Công an phụ trách phòng, chống tội phạm',
    );
    expect(expandAbbreviations('Phòng CSĐTTP về ma túy')).toBe('Phòng Cảnh sát điều tra tội phạm về ma túy');
    expect(expandAbbreviations('ĐỘI CSĐTTP VỀ MT')).toBe('ĐỘI Cảnh sát điều tra tội phạm về ma túy');
    expect(expandAbbreviations('UBND xã, MTTQ xã và CAX')).toBe(
      'Ủy ban nhân dân xã, Mặt trận Tổ quốc xã và Công an xã',
    );
    // Inside another word, or in another case, nothing changes.
    expect(expandAbbreviations('UBNDX pctp')).toBe('UBNDX pctp');
  });

  it('takes the commune’s own entries over the built-in ones', () => {
    const table = abbreviationTable([
      { abbr: 'BCĐ', spoken: 'Ban Chỉ đạo' },
      { abbr: 'CAX', spoken: 'Công an xã Lạc Phượng' },
    ]);
    expect(toSpokenText('BCĐ 138 và CAX', table)).toBe('Ban Chỉ đạo một trăm ba mươi tám và Công an xã Lạc Phượng');
    expect(broadcastParagraphs('Liên hệ BCĐ.', () => '', table)).toEqual(['Liên hệ Ban Chỉ đạo.']);
  });
});

describe('dates as an announcer says them', () => {
  it('never says "ngày" twice and reads a month with its year', () => {
    expect(toSpokenText('Ngày 26/6 và ngày 19/6/2026')).toBe(
      'Ngày hai mươi sáu tháng sáu và ngày mười chín tháng sáu năm hai nghìn không trăm hai mươi sáu',
    );
    expect(toSpokenText('Tháng 6/2026, xã ra quân')).toBe(
      'Tháng sáu năm hai nghìn không trăm hai mươi sáu, xã ra quân',
    );
  });
});

const board = (contacts: { role: string; phone: string; isExample: boolean }[]) =>
  ({ data: { unit: 'to-1', contacts } }) as unknown as Board;

describe('a board read aloud', () => {
  const ward = communeWords({ kind: 'phuong', name: 'Điện Biên' }, [{ kind: 'to-dan-pho' }]);

  it('uses the ward’s words and says "số minh họa" after an illustrative number', () => {
    const sentence = toSpokenText(
      hotlineSentence(
        'tổ dân phố Số 1',
        board([
          { role: 'truong-thon', phone: '0912 000 201', isExample: true },
          { role: 'truc-ban', phone: '02373.851.152', isExample: false },
        ]),
        ward,
        'to-dan-pho',
      ),
    );
    expect(sentence).toBe(
      'Số điện thoại đường dây nóng của tổ dân phố Số một: Tổ trưởng tổ dân phố, số không chín một hai, không không không, hai không một, đây là số minh họa; Trực ban Công an phường, số không hai ba bảy, ba tám năm một, một năm hai.',
    );
    expect(sentence).not.toMatch(/xã|thôn/);
  });
});

describe('the share caption', () => {
  it('marks an illustrative hotline', () => {
    const caption = buildCaption({
      title: 'T',
      summary: 'S.',
      hotline: '0225 3888 101',
      hotlineIsExample: true,
      url: 'https://x.vn/',
    });
    expect(caption).toContain('☎ Đường dây nóng: 0225 3888 101 (số minh họa)');
    expect(buildCaption({ title: 'T', summary: 'S.', hotline: '0225 3888 101', url: 'https://x.vn/' })).not.toContain(
      'minh họa',
    );
  });
});

describe('an illustrative number in a print job', () => {
  const examples: ExampleNumbers = new Map([
    ['0912000101', { file: 'hotlines/lac-phuong.yaml', field: 'contacts.0.isExample', phone: '0912 000 101' }],
  ]);
  const brand = { siteName: 'S', communeName: 'xã A', host: 'a.vn', phone: '0912 000 101', phoneIsExample: false };
  const job = (data: unknown) =>
    ({ file: '/tai-ve/x.pdf', page: '/x/', template: 'stickers', format: 'pdf', data }) as PosterJob;

  it('passes when every occurrence carries its mark', () => {
    const data = {
      brand: { ...brand, phoneIsExample: true },
      stickers: [{ unitName: 'xã A', role: 'r', phone: '0912 000 101', isExample: true, url: 'u' }],
    };
    expect(unmarkedExamples(data, examples)).toEqual([]);
    expect(() => checkExampleMarks([job(data)], examples)).not.toThrow();
  });

  it('fails the build, naming the content file, the output and the fix, when one does not', () => {
    const data = {
      brand,
      stickers: [{ unitName: 'xã A', role: 'r', phone: '0912 000 101', isExample: false, url: 'u' }],
      note: 'Gọi 0912.000.101',
    };
    expect(unmarkedExamples(data, examples).map((f) => f.path)).toEqual(['brand.phone', 'stickers[0].phone', 'note']);
    expect(() => checkExampleMarks([job(data)], examples)).toThrow(
      /hotlines\/lac-phuong\.yaml[\s\S]*contacts\.0\.isExample: số 0912 000 101 là "số minh họa" nhưng 1 tệp in, ảnh \(\/tai-ve\/x\.pdf\)[\s\S]*Hãy gọi thử/,
    );
    const many = ['a', 'b', 'c', 'd', 'e'].map((f) => ({ ...job(data), file: `/tai-ve/${f}.pdf` }) as PosterJob);
    expect(() => checkExampleMarks(many, examples)).toThrow(
      /5 tệp in, ảnh \(\/tai-ve\/a\.pdf, \/tai-ve\/b\.pdf, \/tai-ve\/c\.pdf, và 2 tệp khác\)/,
    );
  });

  it('a text that says "số minh họa" next to the number is marked', () => {
    expect(unmarkedExamples({ note: 'Gọi 0912 000 101 (số minh họa)' }, examples)).toEqual([]);
  });
});
