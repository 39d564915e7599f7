/**
 * The sections of the site, in one table keyed by content type (plus `about`, the page of the site settings): the
 * address of each and what it is called in each place. The menu and breadcrumbs (`ui.nav`), the search page's type
 * labels (`pageTypeLabels`), the share images' kickers (`posterText.kicker`), the routes (`sections`) and the
 * editors' names of the content types (`typeText`) are all read from here; the units have no section of their own.
 */

/** What a section is called in the CMS: the content type's plural and singular names and its purpose. */
export interface SectionTypeText {
  label: string;
  labelSingular: string;
  description: string;
}

/** One section: its address and its names. */
export interface SectionRow {
  /** URL path of its list page: one Vietnamese slug without diacritics, between slashes. */
  route: string;
  /** In the menu, the breadcrumbs, the list page's title and the reader's site map. */
  nav: string;
  /** On the search page's result badges and type filter. */
  search: string;
  /** Above the title on the share images of its pages. */
  kicker: string;
  /** The content type as editors see it; the about page has none (it shows the site settings). */
  type?: SectionTypeText;
}

/** Every section, in the order of the menu. */
export const sectionTable = {
  articles: {
    route: '/bai-viet/',
    nav: 'Bài viết',
    search: 'Bài viết',
    kicker: 'Bài viết',
    type: {
      label: 'Bài viết',
      labelSingular: 'Bài viết',
      description: 'Bài tuyên truyền, tin tức, gương người tốt việc tốt.',
    },
  },
  hotlines: {
    route: '/duong-day-nong/',
    nav: 'Đường dây nóng',
    search: 'Đường dây nóng',
    kicker: 'Đường dây nóng',
    type: {
      label: 'Bảng số điện thoại đường dây nóng',
      labelSingular: 'Bảng số điện thoại',
      description: 'Mỗi xã/phường và mỗi thôn, tổ dân phố có một bảng.',
    },
  },
  programmes: {
    route: '/mo-hinh/',
    nav: 'Mô hình',
    search: 'Mô hình',
    kicker: 'Mô hình',
    type: {
      label: 'Mô hình',
      labelSingular: 'Mô hình',
      description: 'Các mô hình phòng, chống ma túy tại địa phương.',
    },
  },
  lessons: {
    route: '/bai-giang/',
    nav: 'Bài giảng',
    search: 'Bài giảng',
    kicker: 'Bài giảng',
    type: {
      label: 'Tài liệu bài giảng',
      labelSingular: 'Bài giảng',
      description: 'Bài giảng ngoại khóa cho nhà trường theo cấp học.',
    },
  },
  campaigns: {
    route: '/chien-dich/',
    nav: 'Chiến dịch',
    search: 'Chiến dịch',
    kicker: 'Chiến dịch',
    type: {
      label: 'Chiến dịch',
      labelSingular: 'Chiến dịch',
      description: 'Tháng hành động, Ngày toàn dân phòng, chống ma túy, các đợt cao điểm.',
    },
  },
  documents: {
    route: '/van-ban/',
    nav: 'Văn bản',
    search: 'Văn bản',
    kicker: 'Văn bản',
    type: { label: 'Văn bản', labelSingular: 'Văn bản', description: 'Kế hoạch, quyết định, chỉ thị, báo cáo.' },
  },
  broadcasts: {
    route: '/phat-thanh/',
    nav: 'Phát thanh',
    search: 'Bài phát thanh',
    kicker: 'Phát thanh',
    type: {
      label: 'Bài phát thanh',
      labelSingular: 'Bài phát thanh',
      description: 'Bài đọc trên hệ thống loa truyền thanh.',
    },
  },
  forms: {
    route: '/mau-cam-ket/',
    nav: 'Mẫu cam kết',
    search: 'Mẫu cam kết',
    kicker: 'Mẫu cam kết',
    type: {
      label: 'Mẫu cam kết',
      labelSingular: 'Mẫu cam kết',
      description: 'Bản cam kết cho hộ gia đình và học sinh, để in.',
    },
  },
  about: { route: '/gioi-thieu/', nav: 'Giới thiệu, liên hệ', search: 'Giới thiệu', kicker: 'Giới thiệu' },
} as const satisfies Record<string, SectionRow>;

/** A section's key: the content type it shows, or `about`. */
export type SectionKey = keyof typeof sectionTable;

/** The section keys, in the order of the menu. */
export const sectionKeys = Object.keys(sectionTable) as SectionKey[];

/** The columns every row has. */
type TextColumn = 'route' | 'nav' | 'search' | 'kicker';

/** One column of the table by section, in the order of `keys` (the menu's unless given): `sectionColumn('nav').articles` is "Bài viết". */
export function sectionColumn<C extends TextColumn>(
  column: C,
  keys: readonly SectionKey[] = sectionKeys,
): { [K in SectionKey]: (typeof sectionTable)[K][C] } {
  return Object.fromEntries(keys.map((key) => [key, sectionTable[key][column]])) as {
    [K in SectionKey]: (typeof sectionTable)[K][C];
  };
}

/** The first segment of a section's route, as the address of a page starts with it: "bai-viet". */
export function sectionSegment(key: SectionKey): string {
  return sectionTable[key].route.replace(/^\/|\/$/g, '');
}

/** Vietnamese text of a section that has no entry yet (a new commune's site). */
export const sectionText = {
  /** Shown on the list page of a section with no published entry; the page is not linked from anywhere. */
  empty: 'Mục này chưa có nội dung. Mời bạn xem các mục khác trên trang chủ hoặc gọi đường dây nóng khi cần báo tin.',
  /** Same, for a school level with no lesson yet. */
  emptyLevel: 'Cấp học này chưa có bài giảng.',
};
