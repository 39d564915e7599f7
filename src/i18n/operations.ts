/** Vietnamese text of the local tools around the site: the local CMS backend and the build lock. */

/** Refusals of the local CMS backend (decap-server behind its guard, `npm start`). */
export const cmsLocalText = {
  badHost: (host: string, allowed: string[]) =>
    `Máy chủ CMS cục bộ từ chối yêu cầu: địa chỉ Host "${host}" không phải ${allowed.join(' hoặc ')}. ` +
    'Có thể một trang web lạ đang tìm cách điều khiển CMS trên máy này. Hãy mở trang quản trị bằng địa chỉ do lệnh npm start in ra.',
  badOrigin: (origin: string, allowed: string[]) =>
    `Máy chủ CMS cục bộ từ chối yêu cầu từ trang "${origin}": chỉ nhận yêu cầu từ ${allowed.join(' hoặc ')}. ` +
    'Hãy mở trang quản trị bằng địa chỉ do lệnh npm start in ra.',
  badPath: (path: string, cause: string) =>
    `Máy chủ CMS cục bộ từ chối đường dẫn "${path}": ${cause}. CMS chỉ được đọc và ghi tệp trong các thư mục của thư mục nội dung ` +
    '(ví dụ articles/ten-bai.mdx, media/anh.png); hãy lưu lại bài từ trang quản trị.',
  pathCauses: {
    notText: 'đường dẫn phải là một chuỗi ký tự',
    absolute: 'đường dẫn tuyệt đối trỏ ra ngoài thư mục nội dung',
    parent: 'có đoạn "." hoặc ".." (kể cả khi viết mã hóa %2e) để đi ra ngoài thư mục',
    hidden: 'có thư mục hoặc tệp ẩn (bắt đầu bằng dấu chấm, như .git)',
    control: 'có ký tự điều khiển, dấu \\ hoặc dấu :',
    topLevel: 'tệp phải nằm trong một thư mục con của thư mục nội dung (tên thư mục viết thường, không dấu)',
    symlink: (link: string) =>
      `${link} là liên kết tượng trưng (symlink), có thể trỏ ra ngoài thư mục nội dung: hãy thay nó bằng thư mục hoặc tệp thật`,
  },
  unknownAction: (action: string) => `Máy chủ CMS cục bộ không nhận thao tác "${action}".`,
  badBody: 'Máy chủ CMS cục bộ không đọc được yêu cầu (JSON không hợp lệ hoặc quá lớn).',
  portInUse: (port: number) =>
    `Không mở được máy chủ CMS cục bộ: cổng ${port} đang được dùng. Hãy tắt chương trình đang dùng cổng này, hoặc chạy lại với CMS_LOCAL_PORT=<cổng khác>.`,
} as const;

/** Messages of the build lock: one build at a time per output folder. */
export const buildLockText = {
  waiting: (lock: string, owner: string) => `Đang chờ bản xây dựng khác… (${owner} đang giữ khóa ${lock})`,
  owner: (pid: number, host: string, startedAt: string) =>
    `tiến trình ${pid} trên máy ${host}, bắt đầu lúc ${startedAt}`,
  timedOut: (lock: string, owner: string, seconds: number) =>
    `Dừng: đã chờ ${seconds} giây mà bản xây dựng khác (${owner}) vẫn chưa xong, trang đang chạy không bị đổi. ` +
    `Hãy chờ nó xong rồi chạy lại; nếu chắc chắn không còn bản nào chạy, xóa tệp khóa ${lock}.`,
  stale: (lock: string, owner: string, why: string) => `Khóa cũ ${lock} (${owner}) ${why}: lấy lại khóa và tiếp tục.`,
  staleDead: 'thuộc về một tiến trình đã dừng',
  staleOld: (minutes: number) => `đã quá ${minutes} phút`,
  unreadable: 'không đọc được thông tin',
} as const;
