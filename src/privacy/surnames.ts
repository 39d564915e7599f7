/**
 * Vietnamese family names for the privacy guard: data only.
 *
 * Source: compiled by hand for this project (November 2026) from the list of Vietnamese family names on
 * Vietnamese Wikipedia ("Danh sách họ người Việt Nam", "Họ người Việt Nam") and the naming customs of the ethnic
 * minorities described there and in "Tên người Việt Nam" (Tày, Nùng, Thái, Mường, H'Mông, Dao, Khmer, Chăm,
 * Jrai, Ê Đê, Bahnar, Cơ Ho, M'Nông). Not exhaustive: add a family name used in your commune when the guard
 * misses it (one line, spelled with its usual capital and marks).
 */

/** The surnames of the large majority of Vietnamese people: one given name after them is enough for a name. */
export const COMMON_SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đinh', 'Đoàn', 'Trịnh', 'Đào', 'Mai', 'Cao', 'Lương', 'Lưu', 'Trương', 'Lâm', 'Hà', 'Tô', 'Tạ', 'Châu', 'Quách',
  'Phùng', 'Triệu', 'Kiều', 'Thái', 'Vương', 'Chu', 'Khổng', 'Mạc', 'Tăng', 'Thân', 'Vi', 'Lò', 'Hứa', 'Đàm', 'Nông',
];

/**
 * Less common Kinh family names and family names of ethnic minorities. Many are also ordinary words or place
 * names ("Ông", "Lại", "Nay", "Sơn La"), so a name with one of them needs a middle name ("Lại Văn Sâm") or two
 * given names ("Khúc Thừa Dụ").
 */
export const OTHER_SURNAMES = [
  // Kinh
  'An', 'Âu', 'Bạch', 'Bành', 'Bạc', 'Bàng', 'Biện', 'Bồ', 'Bì', 'Cái', 'Cam', 'Cấn', 'Cát', 'Chế', 'Chiêm', 'Chung',
  'Chử', 'Cù', 'Cung', 'Diệp', 'Doãn', 'Du', 'Dư', 'Đái', 'Đan', 'Đàn', 'Đậu', 'Điền', 'Đồng', 'Đổng', 'Đường', 'Đới',
  'Giang', 'Giáp', 'Giản', 'Hàm', 'Hạ', 'Hán', 'Hàn', 'Hầu', 'Hình', 'Hoa', 'Hồng', 'Hùng', 'Hướng', 'Kha', 'Khiếu',
  'Khoa', 'Khúc', 'Khuất', 'Khương', 'Khưu', 'Kim', 'Kỳ', 'La', 'Lã', 'Lạc', 'Lại', 'Lạng', 'Lăng', 'Lều', 'Liễu',
  'Lộ', 'Lộc', 'Lục', 'Lữ', 'Lư', 'Lỗ', 'Mã', 'Ma', 'Mạch', 'Mạnh', 'Mẫn', 'Mao', 'Mông', 'Nghiêm', 'Nghiêu', 'Ngạc',
  'Ngọ', 'Ngụy', 'Ngân', 'Nhan', 'Nhâm', 'Nhữ', 'Nhạc', 'Ninh', 'Ông', 'Ôn', 'Phí', 'Phó', 'Phương', 'Phàn', 'Phù',
  'Quan', 'Quản', 'Quang', 'Quế', 'Sái', 'Sầm', 'Sơn', 'Sử', 'Tào', 'Tất', 'Thạch', 'Thiều', 'Thịnh', 'Thới', 'Thang',
  'Thi', 'Tiêu', 'Tiết', 'Tôn', 'Tống', 'Tông', 'Trà', 'Trang', 'Trình', 'Trác', 'Từ', 'Tưởng', 'Ứng', 'Uông', 'Văn',
  'Vạn', 'Viên', 'Vưu', 'Xa', 'Yên', 'Ân', 'Cổ', 'Đồ', 'Giả', 'Hạng', 'Mộc', 'Nguyên', 'Tạ', 'Lãnh', 'Lan', 'Luyện',
  'Nghị', 'Ngũ', 'Phi', 'Sầm', 'Thục', 'Trưng', 'Trầm', 'Vĩnh', 'Yết', 'Đôn', 'Dã', 'Hy', 'Kha', 'Khúc', 'Lò',
  'Mang', 'Mầu', 'Ninh', 'Phó', 'Quảng', 'Thành', 'Thiệu', 'Tòng', 'Tri', 'Trượng', 'Vạn', 'Xà', 'Ô',
  // Tày, Nùng, Thái, Mường, Sán Dìu, Sán Chay
  'Bế', 'Lành', 'Linh', 'Ngôn', 'Pẩu', 'Hoàng', 'Cầm', 'Lường', 'Quàng', 'Vì', 'Lự', 'Điêu', 'Khà', 'Sa', 'Mè',
  'Lèo', 'Lầm', 'Chẩu', 'Dìu', 'Lỷ', 'Slam', 'Sằm', 'Vằn',
  // H'Mông, Dao, Giáy, Hà Nhì, Lô Lô
  'Giàng', 'Sùng', 'Vàng', 'Thào', 'Mùa', 'Chẻo', 'Tráng', 'Cứ', 'Vừ', 'Vù', 'Sình', 'Lầu', 'Chang', 'Thò', 'Lồ',
  'Chá', 'Hờ', 'Phìn', 'Páo', 'Bàn', 'Chảo', 'Tẩn', 'Phàn', 'Lìu', 'Sần', 'Chìu', 'Pờ', 'Lù', 'Ly', 'Sì', 'Sếnh',
  // Khmer, Chăm, Hoa
  'Danh', 'Chau', 'Néang', 'Kiên', 'Sang', 'Đàng', 'Nại', 'Thập', 'Thiên', 'Thông', 'Thuận', 'Báo', 'Mưu', 'Ngụ', 'Tài',
  'Bá', 'Phú',
  // Central Highlands: Jrai, Ê Đê, Bahnar, Xơ Đăng, Cơ Ho, M'Nông, Mạ, Stiêng (given-name prefixes Y, H', K', Ka)
  'Y', 'Ksor', 'Siu', 'Kpă', 'Puih', 'Nay', 'Rahlan', 'Romah', 'Rcom', 'Hiao', 'Hlong', 'Kpuih', 'Niê', 'Mlô', 'Êban',
  'Êñuôl', 'Adrơng', 'Ayŭn', 'Byă', 'Hwing', 'Knul', 'Ktla', 'Mdrang', 'Êung', 'Bkrông', 'Hđơk', 'Kbuôr', 'Êya',
  'Liêng', 'Bon', 'Cil', 'Điểu', 'Ka', 'Krajan', 'Ndu', 'Rơ Châm', 'Rơ Mah', 'Rơ Lan', 'Rơ Ô', 'Rơ Chăm',
  'Buôn Yă', 'Niê Kdăm', 'Kơ Să', 'Lơ Mu', 'Kră Jăn', 'Đa Cát', 'Kơ Sơr', 'Rơ Đăm', 'Alê', 'Hmok',
];

/**
 * Family names that are not ordinary words: enough with one given name ("Ksor Phước", "Rơ Châm Pơi"), and read
 * in lower case too. Names starting with "H'" or "K'" ("H'Hen Niê", "K'Brỏi") count as such.
 */
export const DISTINCT_SURNAMES = [
  'Ksor', 'Siu', 'Kpă', 'Puih', 'Rahlan', 'Romah', 'Rcom', 'Hlong', 'Kpuih', 'Niê', 'Mlô', 'Êban', 'Êñuôl', 'Adrơng',
  'Ayŭn', 'Byă', 'Hwing', 'Knul', 'Ktla', 'Mdrang', 'Êung', 'Bkrông', 'Hđơk', 'Kbuôr', 'Krajan', 'Rơ Châm', 'Rơ Mah',
  'Rơ Lan', 'Rơ Ô', 'Rơ Chăm', 'Buôn Yă', 'Niê Kdăm', 'Kơ Să', 'Lơ Mu', 'Kră Jăn', 'Kơ Sơr', 'Rơ Đăm', 'Khúc',
  'Khuất', 'Giàng', 'Sùng', 'Thào', 'Chẻo', 'Tẩn', 'Chảo', 'Quàng', 'Lường', 'Điêu', 'Khiếu', 'Nghiêm', 'Doãn', 'Ngụy',
];

/**
 * Surnames read in lower case too ("nguyễn văn hùng"), when a middle name follows: those that are not everyday words
 * in lower case ("lê", "hà", "mai", "đào", "vũ"… are left out).
 */
export const LOWER_CASE_SURNAMES = [
  'nguyễn', 'trần', 'phạm', 'huỳnh', 'phan', 'đặng', 'bùi', 'trịnh', 'trương', 'quách', 'phùng', 'khổng', 'khúc',
  'khuất', 'giáp', 'doãn', 'ksor', 'siu', 'rơ châm', 'rơ mah', 'niê', 'mlô', 'êban', 'giàng', 'sùng',
  'thào', 'tẩn', 'chảo', 'quàng', 'lường', 'điêu', 'khiếu', 'bế', 'sầm', 'thạch', 'danh', 'lã',
];

/** Middle names that, after a surname, make even a lower-case phrase a name ("nguyễn văn hùng"). */
export const LOWER_CASE_MIDDLE_NAMES = [
  'văn', 'thị', 'đức', 'hữu', 'đình', 'công', 'quang', 'ngọc', 'xuân', 'quốc', 'trọng', 'bá', 'tiến', 'khắc', 'viết',
  'đăng', 'minh', 'thanh', 'thế', 'mạnh', 'duy', 'huy', 'kim', 'thu', 'hồng', 'tuấn', 'gia', 'như', 'sỹ', 'sĩ', 'tất',
];
