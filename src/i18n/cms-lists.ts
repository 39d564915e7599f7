/** Words of the CMS's entry lists (src/content-model/collection-list.ts, cms/list-view.ts): sorting, filters, statuses. */

/** What a row of a list says about its entry, and the names of the list's sorting, filters and groups. */
export const listText = {
  sortByTitle: 'Tiêu đề',
  groupByYear: 'Năm',
  /** A filter on one value of a field: "Chuyên mục: Pháp luật". */
  filterOn: (field: string, value: string) => `${field}: ${value}`,
  status: 'Trạng thái',
  /** Articles: not published yet by choice, published on a later day, or on the site. */
  draft: 'Bản nháp',
  scheduled: (day: string) => `Hẹn đăng ngày ${day}`,
  scheduledFilter: 'Hẹn đăng',
  published: 'Đã đăng',
  /** Loudspeaker scripts, by the week they are read out. */
  unscheduled: 'Chưa xếp tuần phát',
  upcomingWeek: (day: string) => `Sẽ phát tuần ${day}`,
  upcomingWeekFilter: 'Sẽ phát',
  thisWeek: 'Phát tuần này',
  aired: 'Đã phát',
  /** Campaigns, by their period. */
  upcoming: (day: string) => `Sắp diễn ra, từ ${day}`,
  upcomingFilter: 'Sắp diễn ra',
  current: (day: string) => `Đang diễn ra, đến ${day}`,
  currentFilter: 'Đang diễn ra',
  past: 'Đã kết thúc',
} as const;
