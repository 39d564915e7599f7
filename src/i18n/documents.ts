/** Vietnamese text of an official document's number and symbol (số, ký hiệu), for editors and readers. */
export const documentText = {
  number: {
    label: 'Số, ký hiệu (như ghi trên văn bản)',
    hint: 'Ví dụ: 240/KH-UBND. Văn bản chưa điền số khi ký ghi như trên văn bản, ví dụ /KH-UBND-CA. Văn bản không có số: để trống.',
  },
  symbol: {
    label: 'Ký hiệu',
    hint: 'Chỉ phần chữ, ví dụ KH-UBND. Không bắt buộc; điền khi văn bản chưa có số mà có ký hiệu.',
  },
  numberMessage:
    'Số, ký hiệu phải có dạng số/KÝ-HIỆU như ghi trên văn bản, ví dụ 240/KH-UBND, hoặc /KH-UBND-CA khi chưa điền số. Văn bản không có số: để trống trường này.',
  symbolMessage: 'Ký hiệu chỉ gồm chữ in hoa, chữ số và dấu - hoặc /, ví dụ KH-UBND.',
  mismatch:
    'Số, ký hiệu và Ký hiệu không khớp: phần sau dấu / của "Số, ký hiệu" phải là Ký hiệu (ví dụ 240/KH-UBND với KH-UBND). Hãy sửa một trong hai, hoặc để trống Ký hiệu.',
  /** Shown where a number would be when the document has none. */
  noNumber: 'chưa có số',
  /** "chưa có số, ký hiệu KH-UBND". */
  noNumberWithSymbol: (symbol: string) => `chưa có số, ký hiệu ${symbol}`,
  /** The fact label of the symbol on a document's page. */
  symbolFact: 'Ký hiệu',
} as const;
