/** Vietnamese text of a section that has no entry yet (a new commune's site). */
export const sectionText = {
  /** Shown on the list page of a section with no published entry; the page is not linked from anywhere. */
  empty: 'Mục này chưa có nội dung. Mời bạn xem các mục khác trên trang chủ hoặc gọi đường dây nóng khi cần báo tin.',
  /** Same, for a school level with no lesson yet. */
  emptyLevel: 'Cấp học này chưa có bài giảng.',
};
