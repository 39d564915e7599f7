/** One story: the reporting steps come from the settings (else the defaults), the same for pages, prints and speech. */
import { describe, expect, it } from 'vitest';
import { reportingFacts, reportSentences } from '../../src/data/reporting';
import { reportingDefaults } from '../../src/i18n/reporting';
import { broadcastParagraphs } from '../../src/editorial/broadcast-text';

describe('reporting facts', () => {
  it('take the settings when written, the defaults otherwise', () => {
    expect(reportingFacts({})).toEqual({
      mailbox: reportingDefaults.mailbox,
      vneidSteps: reportingDefaults.vneidSteps,
    });
    const own = {
      mailbox: 'Mỗi bản có một hòm thư tại nhà văn hóa bản.',
      vneidSteps: ['Mở VNeID.', 'Chọn mục tố giác.'],
    };
    expect(reportingFacts({ reporting: own })).toEqual(own);
  });

  it('are read aloud where an article places <ReportSteps />, in place of the tag', () => {
    const facts = {
      mailbox: 'Hòm thư đặt tại nhà văn hóa thôn.',
      vneidSteps: ['Mở ứng dụng VNeID.', 'Chọn mục tố giác.'],
    };
    const sentences = reportSentences(facts, ['Gọi đường dây nóng.', 'Đến trụ sở Công an xã.']);
    const spoken = broadcastParagraphs('Mở đầu.\n\n<ReportSteps />\n\nKết thúc.', () => '', [], sentences);
    expect(spoken[0]).toBe('Mở đầu.');
    expect(spoken.at(-1)).toBe('Kết thúc.');
    expect(spoken.join(' ')).toContain('Hòm thư đặt tại nhà văn hóa thôn.');
    expect(spoken.join(' ')).toContain('Bước một: Mở ứng dụng VNeID.');
    expect(spoken.join(' ')).not.toContain('<');
  });
});
