/**
 * What the CMS accepts, the build accepts (cms/validation/): in the built /admin, against the real local backend,
 * an entry the build would refuse is refused before saving, with the build's Vietnamese message on the field, and
 * no file is written. A hotline box without its unit, typed or inserted from the menu; a campaign ending before it starts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { fixtureSite } from '../helpers/build';
import type { Served } from '../../tools/static-server';
import { answerEditorDialogs, openCms, type CmsSession } from '../helpers/cms-session';
import { componentText, fieldText, messages } from '../../src/i18n/vi';
import { mdxText } from '../../src/i18n/safety';
import { decapVi } from '../../src/i18n/decap-vi';
import { quizFieldText, quizRuleText } from '../../src/i18n/quiz';
import { contentComponents } from '../../src/content-model/components';
const hotlineCard = contentComponents.find((c) => c.name === 'HotlineCard')!;

const CMS_PORT = 8185;
let content: string;
let served: Served;
let cms: CmsSession;
let page: Page;

const filesIn = (folder: string) => readdirSync(join(content, folder)).sort();
const toolbar = decapVi.editor.editorToolbar;
const markdown = decapVi.editor.editorWidgets.markdown;

/** The input of a field found by its label (Decap's labels point at it; the date field's input has its own aria-label). */
const input = async (label: string) =>
  page.locator(
    `[id="${await page
      .locator('label', { hasText: new RegExp(`^${label}`) })
      .first()
      .getAttribute('for')}"]`,
  );

/** Picks an option of a select (react-select) field found by its label. */
async function choose(label: string, option: string) {
  const id = await page
    .locator('label', { hasText: new RegExp(`^${label}`) })
    .first()
    .getAttribute('for');
  await page.locator(`[id="${id}"]`).click();
  await page.getByText(option, { exact: true }).last().click();
}

async function publish() {
  await page.getByRole('button', { name: toolbar.publish }).click();
  await page.getByText(toolbar.publishNow, { exact: true }).click();
}

/** The error list Decap shows above a field, found by the field's label. */
const errorsOf = (label: string) =>
  page
    .locator('label', { hasText: new RegExp(`^${label}`) })
    .first()
    .locator('xpath=..')
    .locator('ul li');

/** Waits long enough for a save to reach the backend, had it been sent. */
const settle = () => page.waitForTimeout(1500);

async function newArticle() {
  await page.goto(`${served.url}/admin/#/collections/articles/new`);
  await page.reload();
  await (await input(fieldText.title.label)).fill('Bài có bảng số điện thoại');
  await (await input(fieldText.summary.label)).fill('Bài thử kiểm tra trước khi lưu.');
  await (await input('Ngày đăng')).fill('20/11/2026');
  await choose('Chuyên mục', 'Tin địa phương');
  await choose('Đối tượng', 'Người dân');
}

beforeAll(async () => {
  content = join(mkdtempSync(join(tmpdir(), 'portal-cms-check-')), 'content');
  cpSync(fixtureSite('dien-bien'), content, { recursive: true });
  cms = await openCms(content, CMS_PORT);
  ({ served, page } = cms);
  // Each test opens its screen afresh, whatever the one before left unsaved or still saving.
  answerEditorDialogs(page);
  await cms.logIn();
  // A busy machine queues builds behind the checkout's build lock.
}, 900_000);

afterAll(async () => {
  await cms?.close();
});

describe('the editor refuses what the build would refuse', () => {
  const missingUnit = mdxText.missingAttribute(
    hotlineCard,
    hotlineCard.attributes.find((a) => a.name === 'unit')!,
  );

  it("a hotline box inserted from the menu without its unit: not saved, the build's message on the body", async () => {
    const before = filesIn('articles');
    await newArticle();
    await page.locator('[data-slate-editor]').first().click();
    await page.keyboard.type('Gọi ngay khi phát hiện.');
    await page.getByRole('button', { name: markdown.addComponent }).click();
    await page.getByText(componentText.hotlineCard.label, { exact: true }).click();
    await publish();
    await expect
      .poll(async () => (await errorsOf(fieldText.body.label).allTextContents()).join('\n'), { timeout: 10_000 })
      .toContain(missingUnit);
    // Shown as written, not in Decap's capitals (its ControlErrorsList style; src/styles/admin.css).
    expect(
      await errorsOf(fieldText.body.label)
        .first()
        .evaluate((li) => getComputedStyle(li).textTransform),
    ).toBe('none');
    await settle();
    expect(filesIn('articles')).toEqual(before);
  });

  it('<HotlineCard /> typed in Markdown mode: not saved, the same message', async () => {
    const before = filesIn('articles');
    await newArticle();
    // The mode switch, between its two labels.
    await page
      .getByText(markdown.markdown, { exact: true })
      .locator('xpath=preceding-sibling::*[@role="switch"][1]')
      .click();
    await page.locator('[data-slate-editor]').last().click();
    await page.keyboard.type('Gọi ngay khi phát hiện.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('<HotlineCard />');
    await publish();
    await expect
      .poll(async () => (await errorsOf(fieldText.body.label).allTextContents()).join('\n'), { timeout: 10_000 })
      .toContain(missingUnit);
    await settle();
    expect(filesIn('articles')).toEqual(before);
  });

  it("a campaign ending before it starts: not saved, the cross-field rule's message on the end date", async () => {
    const before = filesIn('campaigns');
    await page.goto(`${served.url}/admin/#/collections/campaigns/new`);
    await page.reload();
    await (await input(fieldText.title.label)).fill('Tháng hành động thử');
    await (await input(fieldText.summary.label)).fill('Chiến dịch thử kiểm tra ngày.');
    await (await input(fieldText.theme.label)).fill('Phòng, chống ma túy');
    await (await input(fieldText.slogan.label)).fill('Vì một cộng đồng sạch ma túy');
    await (await input(fieldText.startDate.label)).fill('30/06/2026');
    await (await input(fieldText.endDate.label)).fill('01/06/2026');
    await page.locator('[data-slate-editor]').last().click();
    await page.keyboard.type('Tháng cao điểm tuyên truyền.');
    await publish();
    await expect
      .poll(async () => (await errorsOf(fieldText.endDate.label).allTextContents()).join('\n'), { timeout: 10_000 })
      .toContain(messages.endBeforeStart);
    await settle();
    expect(filesIn('campaigns')).toEqual(before);
    // Fixed, it saves.
    await (await input(fieldText.endDate.label)).fill('31/07/2026');
    await publish();
    await expect.poll(() => filesIn('campaigns').length, { timeout: 15_000 }).toBe(before.length + 1);
    // Saved as Decap sees it too: a new entry's editor moves to the entry's own address once the save is answered.
    await page.waitForURL(/#\/collections\/campaigns\/entries\//, { timeout: 30_000 });
  });

  it("a one-answer quiz question with two answers marked correct: not saved, the quiz rule's message on the quiz list", async () => {
    const file = join(content, 'lessons/tu-choi-ru-re.mdx');
    const saved = readFileSync(file, 'utf8');
    const last = async (label: string) =>
      page.locator(
        `[id="${await page
          .locator('label', { hasText: new RegExp(`^${label}`) })
          .last()
          .getAttribute('for')}"]`,
      );
    await page.goto(`${served.url}/admin/#/collections/lessons/entries/tu-choi-ru-re`);
    await page.reload();
    await page.getByRole('button', { name: `Thêm ${quizFieldText.quiz.label.toLowerCase()}` }).click();
    await (await last(quizFieldText.prompt.label)).fill('Bạn rủ thử bóng cười, em làm gì?');
    await (await last(quizFieldText.explanation.label)).fill('Từ chối và rời đi.');
    for (const text of ['Từ chối', 'Rời đi']) {
      await page
        .getByRole('button', { name: `Thêm ${quizFieldText.options.label.toLowerCase()}` })
        .last()
        .click();
      await (await last(quizFieldText.optionText.label)).fill(text);
      await (await last(quizFieldText.optionCorrect.label)).click();
    }
    await publish();
    // The list's own rules run before saving: Decap registers a list's inner control, which the check wraps (cms/validation/checked-widget.ts).
    await expect
      .poll(async () => (await errorsOf(quizFieldText.quiz.label).allTextContents()).join('\n'), { timeout: 10_000 })
      .toContain(quizRuleText.singleNotOne(4, 2));
    await settle();
    expect(readFileSync(file, 'utf8')).toBe(saved);
  });
});
