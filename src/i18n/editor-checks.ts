/** How the CMS editor places the build's own messages on a field before saving (cms/validation/). */
export const editorCheckText = {
  /** An item of a list field, counted from 1 as editors see them. */
  item: (n: number) => `mục ${n}`,
  /** A message about a part of a field (a subfield, a list item): where, then the build's message. */
  inPart: (where: string[], message: string) => `${where.join(' › ')}: ${message}`,
  /** A message about the body: the line, as the build reports it, then the build's reason. */
  inBody: (at: string, reason: string) => `Nội dung, ${at}: ${reason}`,
  /** A start tag never closed: MDX needs every tag closed (`<br />`, `<Callout>…</Callout>`). */
  unclosed: (tag: string) =>
    `thẻ <${tag}> mở mà không đóng. Hãy viết </${tag}> sau phần nội dung của nó, hoặc <${tag} /> nếu thẻ không có nội dung.`,
  /** An end tag with no start tag before it. */
  unopened: (tag: string) =>
    `thẻ đóng </${tag}> không có thẻ mở <${tag}> tương ứng ở trước. Hãy xóa nó hoặc thêm thẻ mở.`,
} as const;
