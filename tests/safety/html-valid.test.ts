/**
 * Valid HTML: html-validate over every page of the demo build (the 404 and the CMS page included), zero errors.
 * The configuration is html-validate's recommended set with the few exceptions below, each with its reason.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { demoBuild } from '../helpers/demo';
import { pagePaths } from '../helpers/site-files';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Titles are "Page | Site name" with long Vietnamese names; length is a search-engine preference, not validity.
    'long-title': 'off',
    // <header role="banner"> and <footer role="contentinfo"> are explicit on purpose: the print stylesheet selects them.
    'no-redundant-role': 'off',
    // Heading ids keep the heading's words and may start with a digit ("1-muc-dich"): valid HTML5 ids.
    'valid-id': ['error', { relaxed: true }],
    // Search filters are groups of checkboxes sharing a name (?type=a&type=b), which HTML allows.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // Phone numbers are kept on one line by the whitespace-nowrap class; call buttons hold a sentence, not a number.
    'tel-non-breaking': ['error', { ignoreClasses: ['whitespace-nowrap', 'button'] }],
  },
};

async function validate(html: string, name: string): Promise<string[]> {
  const report = await new HtmlValidate(htmlValidateConfig).validateString(html, name);
  return report.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}

describe('valid HTML', () => {
  it('every built page has zero html-validate errors', async () => {
    const site = demoBuild();
    expect(site.ok, site.output).toBe(true);
    const files = pagePaths(site.outDir).map((p) => (p.endsWith('/') ? `${p}index.html` : p));
    expect(files).toContain('/404.html');
    expect(files).toContain('/admin/index.html');
    expect(files).toContain('/kha-nang-tiep-can/index.html');
    const errors: string[] = [];
    for (const file of files) errors.push(...(await validate(readFileSync(join(site.outDir, file), 'utf8'), file)));
    expect(errors).toEqual([]);
  });

  it('fails on invalid HTML (the gate can fail)', async () => {
    const bad = readFileSync(join(import.meta.dirname, '../fixtures/safety/html/invalid.html'), 'utf8');
    const errors = await validate(bad, 'invalid.html');
    expect(errors).toContain('invalid.html:9:8 no-implicit-close: Element <p> is implicitly closed by adjacent <div>');
    expect(errors).toContain('invalid.html:10:15 no-dup-id: Duplicate ID "noi-dung"');
    expect(errors).toContain("invalid.html:12:76 close-order: Unclosed element '<strong>'");
  });
});
