/** Words of the CMS preview pane (cms/previews/): what it says where the page will show data it cannot read. */
export const previewText = {
  /** The hotline card before the units and boards are read, or when reading them failed. */
  hotlineLoading: 'Đang đọc bảng số điện thoại của đơn vị này… Trên trang, khung này hiện đầy đủ các số.',
  /** The hotline card of a unit with no board: the build refuses the article until one exists. */
  hotlineMissing: (unit: string) =>
    `Chưa có bảng số điện thoại cho đơn vị "${unit}": hãy tạo bảng trong mục Đường dây nóng (chọn đúng đơn vị), nếu không trang sẽ không xuất bản được.`,
  /** The reporting steps before the units and settings are read. */
  reportStepsLoading: 'Đang đọc cách báo tin từ phần Cài đặt… Trên trang, khung này hiện đầy đủ các bước.',
  /** A key date that is not a real day yet. */
  keyDateInvalid: (value: string) => `Ngày "${value}" chưa hợp lệ: hãy chọn ngày trong lịch.`,
};
