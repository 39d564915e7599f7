/** Reader-facing text of the phone features: saving the hotline numbers as contacts, the installable app, the offline page. */
export const offlineText = {
  contacts: {
    /** The link on every hotline page. */
    save: 'Lưu vào danh bạ',
    /** Under the link: what the file holds and what to do with it. */
    hint: (count: number) =>
      `Tải tệp danh bạ (.vcf) có ${count} số rồi mở tệp: điện thoại hỏi thêm tất cả vào danh bạ.`,
    /** Every contact's name starts with this, so the numbers sort together in the phone's list. */
    prefix: 'Đường dây nóng',
    /** Between the prefix and who answers: "Đường dây nóng – Trưởng Công an xã Lạc Phượng". */
    separator: ' – ',
    /** Added to the name of a number not yet confirmed (the pages' "(số minh họa)"). */
    exampleMark: '(số minh họa)',
    exampleNote: 'Số minh họa, chưa được công bố chính thức: xem số mới nhất trên trang đường dây nóng.',
    verifiedOn: (date: string) => `Số được kiểm tra ngày ${date}.`,
    /** The phone's contact group. */
    category: 'Đường dây nóng',
  },
  offline: {
    title: 'Không có kết nối mạng',
    intro: 'Trang này chưa được lưu trên máy nên chưa mở được khi mất sóng. Khi có mạng, hãy tải lại trang.',
    saved:
      'Các trang vẫn mở được khi mất sóng: trang chủ, các trang đường dây nóng, trang giới thiệu và những bài bạn đã đọc.',
  },
} as const;
