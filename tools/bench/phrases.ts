/**
 * The word bank synthetic content is written from: awareness-style Vietnamese, generic on purpose.
 * No personal names, no ID or mobile numbers, no capitalized word after "anh", "chị", "em"… so the privacy guard
 * never fires on it. Slots: {thon} a village ("thôn Đông Lạc"), {xa} the commune ("xã An Phú"), {doi} an audience.
 */

export const TITLE_HEADS = [
  'Cảnh giác với ma túy núp bóng',
  'Tác hại của ma túy tổng hợp',
  'Phụ huynh cần biết về thuốc lá điện tử',
  'Cách tố giác tội phạm ma túy',
  'Nhận diện thủ đoạn lôi kéo thanh thiếu niên',
  'Pháp luật về phòng, chống ma túy',
  'Bóng cười và những hệ lụy khó lường',
  'Gia đình là pháo đài phòng, chống ma túy',
  'Tuổi trẻ nói không với ma túy',
  'Giữ vững địa bàn không ma túy',
  'Hòm thư tố giác và đường dây nóng',
  'Ma túy trá hình trong đồ uống, bánh kẹo',
  'Người lao động và nguy cơ từ ma túy tổng hợp',
  'Nhà trường chung tay phòng, chống ma túy',
  'Chuyện tốt ở khu dân cư không ma túy',
] as const;

export const TITLE_TAILS = [
  'điều mỗi gia đình nên biết',
  'hỏi đáp ngắn cho người dân',
  'lời nhắn của Công an xã',
  'kinh nghiệm từ các thôn',
  'những dấu hiệu cần chú ý',
  'việc làm ngay hôm nay',
  'thông tin cho học sinh, sinh viên',
  'bài học từ thực tế',
] as const;

export const HEADINGS = [
  'Vì sao cần cảnh giác',
  'Những dấu hiệu cần chú ý',
  'Gia đình nên làm gì',
  'Nhà trường và thầy cô giáo',
  'Quy định của pháp luật',
  'Cách báo tin cho Công an xã',
  'Thủ đoạn thường gặp',
  'Tác hại đối với sức khỏe',
  'Kinh nghiệm ở cơ sở',
  'Lời khuyên cho người lao động',
  'Việc làm của đoàn viên thanh niên',
  'Hỏi và đáp',
  'Ghi nhớ',
  'Các bước cần làm',
] as const;

export const SENTENCES = [
  'Ma túy tổng hợp gây tổn thương não bộ, tim mạch và làm thay đổi hành vi của người sử dụng chỉ sau một thời gian ngắn.',
  'Nhiều loại ma túy mới được ngụy trang dưới dạng nước uống đóng gói, bánh kẹo, tem giấy hoặc tinh dầu thuốc lá điện tử.',
  'Kẻ xấu thường tiếp cận {doi} qua mạng xã hội, rủ dùng thử “cho vui” hoặc thuê “giao hàng hộ” với tiền công cao bất thường.',
  'Công an {xa} đã phối hợp với trưởng thôn tổ chức tuyên truyền đến từng hộ gia đình ở {thon}.',
  'Người dân có thể báo tin qua đường dây nóng, hòm thư tố giác tội phạm, ứng dụng VNeID hoặc đến trực tiếp trụ sở Công an xã.',
  'Thông tin của người tố giác luôn được giữ bí mật theo quy định của pháp luật.',
  'Cha mẹ nên dành thời gian trò chuyện với con, để ý bạn bè, giờ giấc và những món đồ lạ con mang về nhà.',
  'Mỗi gia đình ký cam kết không để người thân vi phạm pháp luật về ma túy và cùng thôn xóm giữ gìn bình yên.',
  'Bóng cười chứa khí N2O, hít nhiều lần có thể gây thiếu oxy não, tê liệt tay chân và tổn thương thần kinh lâu dài.',
  'Thuốc lá điện tử có thể bị pha trộn chất gây nghiện mà người dùng không hề hay biết.',
  'Bộ luật Hình sự quy định hình phạt nghiêm khắc đối với hành vi mua bán, tàng trữ, vận chuyển trái phép chất ma túy.',
  'Tổ chức sử dụng hoặc chứa chấp việc sử dụng trái phép chất ma túy là tội phạm, có thể bị phạt tù nhiều năm.',
  'Đoàn viên thanh niên ở {thon} thường xuyên chia sẻ tin bài cảnh báo vào nhóm Zalo của thôn.',
  'Nhà trường lồng ghép nội dung phòng, chống ma túy vào giờ sinh hoạt lớp và các buổi ngoại khóa.',
  'Hệ thống loa truyền thanh của {xa} phát bài tuyên truyền vào sáng thứ Hai và chiều thứ Năm hằng tuần.',
  'Không nhận đồ ăn, nước uống hoặc thuốc lá của người lạ, kể cả khi được mời “dùng thử miễn phí”.',
  'Khi gặp sự việc khẩn cấp, đe dọa tính mạng, hãy gọi ngay số 113.',
  'Bảng niêm yết số điện thoại đường dây nóng được đặt tại nhà văn hóa {thon}.',
  'Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở nắm tình hình từng khu dân cư và kịp thời báo tin.',
  'Người sau cai cần được gia đình, thôn xóm giúp đỡ tìm việc làm và tái hòa nhập cộng đồng, không kỳ thị.',
  'Các doanh nghiệp trên địa bàn phối hợp tuyên truyền cho người lao động trong giờ giao ca.',
  'Phụ nữ, cựu chiến binh và người cao tuổi đều có thể trở thành tuyên truyền viên ở khu dân cư.',
  'Một cuộc gọi đến đường dây nóng có thể giữ một em nhỏ khỏi bị lôi kéo vào con đường sai trái.',
  'Ma túy không chỉ hủy hoại sức khỏe mà còn làm tan vỡ hạnh phúc gia đình và kéo theo nhiều tội phạm khác.',
  'Ở nhiều nơi, người mua bán ma túy dùng tài khoản ảo và giao dịch qua dịch vụ chuyển phát.',
  'Người dân nên lưu sẵn số điện thoại đường dây nóng của thôn và của Công an xã vào danh bạ.',
  'Việc đăng ảnh, tên, địa chỉ người bị nghi ngờ lên mạng xã hội có thể làm lộ thông tin và gây khó khăn cho việc xác minh.',
  'Tháng hành động phòng, chống ma túy hằng năm diễn ra từ ngày 1 đến ngày 30 tháng 6.',
  'Ngày 26 tháng 6 là Ngày toàn dân phòng, chống ma túy.',
  'Ban Chỉ đạo của {xa} họp định kỳ mỗi quý để đánh giá kết quả và giao nhiệm vụ cho các thôn.',
  '{thon} đã duy trì danh hiệu khu dân cư không ma túy nhiều năm liền nhờ sự chung tay của từng hộ.',
  'Các chi hội phụ nữ tổ chức buổi nói chuyện chuyên đề về kỹ năng làm cha mẹ trong thời đại số.',
  'Học sinh được hướng dẫn cách từ chối lời mời dùng thử và tìm đến người lớn tin cậy khi gặp chuyện lạ.',
  'Người điều khiển phương tiện giao thông mà trong cơ thể có chất ma túy bị xử phạt rất nặng và tước giấy phép lái xe.',
  'Những lời quảng cáo “không gây nghiện”, “chỉ để thư giãn” đều là cạm bẫy.',
  'Mỗi phản ánh của người dân đều được Công an xã tiếp nhận, ghi chép và xác minh.',
  'Cán bộ Công an phụ trách địa bàn có mặt tại {thon} vào tối thứ Bảy để tiếp nhận tin báo.',
  'Các câu lạc bộ thể thao, văn nghệ giúp thanh thiếu niên có sân chơi lành mạnh sau giờ học.',
  'Trong dịp cao điểm cuối năm, các lực lượng tăng cường tuần tra ở khu vực quán karaoke, nhà nghỉ, phòng trọ.',
  'Khi thấy người lạ thuê trọ ngắn ngày, đi lại bất thường vào ban đêm, chủ nhà trọ nên báo cho Công an xã.',
] as const;

export const LIST_ITEMS = [
  'Không dùng thử bất kỳ chất lạ nào, dù chỉ một lần',
  'Lưu số đường dây nóng của thôn vào điện thoại',
  'Trò chuyện với con mỗi ngày về bạn bè và các mối quan hệ trên mạng',
  'Cảnh giác với nước uống, bánh kẹo không rõ nguồn gốc',
  'Báo ngay cho Công an xã khi phát hiện dấu hiệu nghi vấn',
  'Không đăng thông tin cá nhân của người khác lên mạng xã hội',
  'Tham gia các buổi sinh hoạt, họp thôn về phòng, chống ma túy',
  'Ký cam kết gia đình không ma túy',
  'Từ chối lời mời “giao hàng hộ” với tiền công cao bất thường',
  'Hỏi ý kiến thầy cô, cha mẹ khi gặp chuyện lạ',
  'Chia sẻ tin bài chính thống vào nhóm Zalo của thôn',
  'Giữ bình tĩnh, không tự theo dõi hay đối đầu với người nghi vấn',
  'Ghi lại thời gian, địa điểm và đặc điểm sự việc để báo tin',
  'Gọi 113 khi có sự việc khẩn cấp',
  'Giúp đỡ người sau cai tìm việc làm, không kỳ thị',
  'Đọc kỹ thành phần trên bao bì thực phẩm, đồ uống',
] as const;

export const CALLOUTS = [
  {
    type: 'warning',
    title: 'Cảnh giác',
    text: 'Không nhận, không dùng thử và không vận chuyển hộ bất kỳ món hàng nào của người lạ.',
  },
  {
    type: 'tip',
    title: 'Mẹo nhỏ cho phụ huynh',
    text: 'Dành mười phút mỗi tối hỏi con về một ngày ở trường: con sẽ dễ kể khi gặp chuyện lạ.',
  },
  {
    type: 'info',
    title: 'Báo tin về ma túy',
    text: 'Mọi tin báo đều được giữ bí mật. Gọi đường dây nóng của thôn hoặc số 113 khi khẩn cấp.',
  },
] as const;

export const IMAGE_ALTS = [
  'Buổi tuyên truyền phòng, chống ma túy tại nhà văn hóa thôn',
  'Bảng niêm yết số điện thoại đường dây nóng',
  'Học sinh tham gia buổi ngoại khóa về phòng, chống ma túy',
  'Đoàn viên thanh niên phát tờ rơi cho người dân',
] as const;

export const TAGS = [
  'ma túy tổng hợp',
  'thuốc lá điện tử',
  'bóng cười',
  'tố giác tội phạm',
  'đường dây nóng',
  'học sinh',
  'gia đình',
  'pháp luật',
  'thanh niên',
  'người lao động',
  'ma túy núp bóng',
  'khu dân cư',
  'tháng hành động',
  'loa truyền thanh',
] as const;

/** Village name parts: first × second syllable gives 15 × 18 names before numbers are added. */
export const VILLAGE_FIRST = [
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Thượng',
  'Hạ',
  'Trung',
  'Tân',
  'Phú',
  'Vĩnh',
  'Phúc',
  'Thịnh',
  'Kim',
  'Xuân',
  'Hòa',
] as const;
export const VILLAGE_SECOND = [
  'Lạc',
  'Hưng',
  'Thọ',
  'Tiến',
  'Bình',
  'Yên',
  'Khê',
  'Sơn',
  'Hải',
  'Thành',
  'Xá',
  'Trang',
  'Đạt',
  'Mỹ',
  'Lộc',
  'Phong',
  'Quang',
  'Điền',
] as const;

/** Officials named on hotline boards (public by design: they are on the notice board). */
export const OFFICIAL_NAMES = [
  'Nguyễn Văn Hải',
  'Trần Đức Minh',
  'Phạm Thị Hòa',
  'Vũ Quang Huy',
  'Đỗ Văn Toàn',
  'Bùi Thị Lan',
  'Ngô Đức Thắng',
  'Đặng Văn Phúc',
  'Hoàng Minh Tú',
  'Lê Thị Thu',
] as const;

export const LESSON_OBJECTIVES = [
  'Biết ma túy là chất rất có hại cho sức khỏe',
  'Biết từ chối đồ ăn, nước uống lạ do người lạ đưa cho',
  'Kể được tên ba người lớn tin cậy để báo tin khi gặp chuyện lạ',
  'Hiểu quy định của pháp luật về các hành vi bị nghiêm cấm',
  'Nhận biết các dạng ma túy núp bóng thường gặp',
  'Thực hành kỹ năng nói “Không” một cách dứt khoát',
] as const;

export const LESSON_ACTIVITIES = [
  {
    name: 'Khởi động',
    description: 'Giáo viên nêu một tình huống ngắn, học sinh đoán điều gì là “lạ” và vì sao cần cảnh giác.',
  },
  {
    name: 'Thảo luận nhóm',
    description: 'Các nhóm đọc tình huống, thống nhất cách xử lý và cử đại diện trình bày trước lớp.',
  },
  {
    name: 'Trò chơi “Đúng hay sai”',
    description: 'Giáo viên đọc từng câu, học sinh giơ thẻ xanh hoặc thẻ đỏ rồi giải thích lựa chọn của mình.',
  },
  {
    name: 'Đóng vai',
    description: 'Từng cặp học sinh thực hành từ chối lời mời dùng thử và đi tìm người lớn tin cậy.',
  },
  { name: 'Tổng kết', description: 'Cả lớp đọc to thông điệp chính và ghi vào sổ tay.' },
] as const;

export const KEY_MESSAGES = [
  'Không nhận đồ ăn, nước uống của người lạ',
  'Nói “Không”, đi ngay và kể với người lớn tin cậy',
  'Ma túy có thể được giấu trong những thứ trông rất bình thường',
  'Báo tin cho Công an xã là bảo vệ chính mình và bạn bè',
] as const;

export const COMMITMENTS = [
  'Không sử dụng, tàng trữ, vận chuyển, mua bán trái phép chất ma túy dưới bất kỳ hình thức nào.',
  'Không sử dụng thuốc lá điện tử, bóng cười; cảnh giác với ma túy núp bóng trong bánh kẹo, đồ uống.',
  'Kịp thời báo tin về hành vi vi phạm pháp luật về ma túy qua đường dây nóng hoặc hòm thư tố giác tội phạm.',
  'Tích cực tham gia phong trào toàn dân phòng, chống ma túy ở khu dân cư.',
] as const;
