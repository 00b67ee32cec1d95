/**
 * The words of the demo activities: absence reasons, meeting topics, initiatives, recommendation
 * texts and their answers. Data only (the seeders draw from them with seed/random.ts).
 */
import type { GroupKey } from './seeders/activity-cells.js';

export const EXCUSED_REASONS: Record<'residential' | 'work', string[]> = {
  residential: ['Ốm', 'Việc gia đình', 'Làm ca tại công ty', 'Đi làm ăn xa', 'Con ốm', 'Về quê có việc', 'Đi công tác', 'Tuổi cao, sức yếu', 'Đi viện'],
  work: ['Đi công tác', 'Ốm', 'Tập huấn nghiệp vụ', 'Trực cơ quan', 'Con ốm', 'Nghỉ phép', 'Việc gia đình', 'Đi học'],
};
export const LONG_ABSENCE_REASONS = ['Ốm, điều trị dài ngày', 'Đi học tập trung dài hạn', 'Đi làm ăn xa', 'Nghỉ thai sản', 'Đi công tác dài ngày'];

export const TOPICS = {
  general: [
    'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    'Nâng cao chất lượng sinh hoạt chi bộ',
    'Công tác phát triển đảng viên mới',
    'Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch',
    'Phòng, chống tham nhũng, tiêu cực',
    'Những điều đảng viên không được làm',
    'Tự phê bình và phê bình, ngăn chặn suy thoái về tư tưởng chính trị, đạo đức, lối sống',
    'Trách nhiệm nêu gương của cán bộ, đảng viên',
    'Xây dựng chi bộ “4 tốt”',
    'Công tác dân vận trong tình hình mới',
  ],
  residential: [
    'Xây dựng khu dân cư văn minh, sạch đẹp',
    'Vận động nhân dân hiến đất mở rộng đường ngõ',
    'Giữ gìn an ninh, trật tự trên địa bàn',
    'Thực hiện nếp sống văn minh trong việc cưới, việc tang',
    'Công tác giải phóng mặt bằng các dự án trên địa bàn',
    'Phòng, chống thiên tai, dịch bệnh',
    'Phát triển kinh tế hộ gia đình, giảm nghèo bền vững',
  ],
  work: [
    'Nâng cao chất lượng thực hiện nhiệm vụ chuyên môn',
    'Sáng kiến cải tiến kỹ thuật, nghiệp vụ',
    'Thực hành tiết kiệm, chống lãng phí',
    'Văn hóa công vụ và kỷ luật, kỷ cương hành chính',
    'Chuyển đổi số trong cơ quan, đơn vị',
  ],
  foodSafety: [
    'Bảo đảm an toàn thực phẩm dịp Tết Nguyên đán',
    'Tháng hành động vì an toàn thực phẩm',
    'An toàn thực phẩm trong mùa du lịch',
    'Phòng, chống ngộ độc thực phẩm tại bếp ăn tập thể',
  ],
  mining: ['An toàn, bảo hộ lao động trong khai thác hầm lò', 'Phong trào thi đua lao động sản xuất', 'Cơ giới hóa khai thác than'],
};

export const INITIATIVES = [
  'Số hóa hồ sơ, quy trình tiếp nhận và trả kết quả',
  'Cải tiến biểu mẫu báo cáo định kỳ',
  'Ứng dụng phần mềm quản lý văn bản trong xử lý công việc',
  'Giải pháp rút ngắn thời gian thẩm định hồ sơ',
  'Xây dựng cơ sở dữ liệu chuyên ngành',
  'Quy trình kiểm tra liên ngành theo hướng một lần',
  'Tài liệu hướng dẫn nghiệp vụ cho cơ sở',
  'Giải pháp tiết kiệm điện năng tại cơ quan',
  'Cải tiến quy trình lưu trữ hồ sơ điện tử',
  'Bảng theo dõi tiến độ nhiệm vụ dùng chung',
];
export const MINING_INITIATIVES = [
  'Cải tiến giá đỡ thủy lực lò chợ',
  'Hoàn thiện công nghệ lò chợ cơ giới hóa vỉa 7',
  'Giải pháp chống bục nước lò chuẩn bị',
  'Cải tiến hệ thống băng tải vận chuyển than',
  'Giải pháp thông gió cục bộ gương lò',
];

export const RESOLVED_NOTES = [
  'Cấp trên đã xem xét, giải quyết; chi bộ đã thông tin lại cho đảng viên và nhân dân',
  'Đã bố trí kinh phí và hoàn thành trong năm',
  'Ủy ban nhân dân đã chỉ đạo các phòng chuyên môn giải quyết dứt điểm',
  'Đã hoàn thành; chi ủy kiểm tra và báo cáo kết quả tại kỳ sinh hoạt sau',
];
export const DECLINED_NOTES = [
  'Không thuộc thẩm quyền; đã hướng dẫn gửi đến cơ quan có thẩm quyền giải quyết',
  'Chưa đủ điều kiện theo quy định hiện hành; cấp trên đã trả lời bằng văn bản',
  'Đơn giá đã được áp dụng đúng quy định của tỉnh; cấp trên đã giải thích cho đảng viên và nhân dân',
];

/** Recommendation texts by group; {unit} is the cell's place ("tổ dân phố Vị Thanh"). */
export const RECOMMENDATIONS: Record<GroupKey, string[]> = {
  dinhTrung: [
    'Đề nghị xem xét điều chỉnh đơn giá bồi thường đất nông nghiệp khi Nhà nước thu hồi đất thực hiện dự án trên địa bàn {unit}, bảo đảm sát giá thị trường',
    'Đề nghị đẩy nhanh việc cấp giấy chứng nhận quyền sử dụng đất cho các hộ dân {unit} đã đủ điều kiện',
    'Đề nghị sớm giao đất dịch vụ cho các hộ có đất nông nghiệp bị thu hồi tại {unit}',
    'Đề nghị cải tạo hệ thống thoát nước, chống úng ngập cục bộ tại {unit}',
    'Đề nghị lắp đặt bổ sung chiếu sáng công cộng trên các tuyến đường {unit}',
  ],
  tanThanh: [
    'Đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho các hộ tái định cư tại {unit}',
    'Đề nghị xem xét lại giá đất tính bồi thường cho các hộ bị thu hồi đất tại {unit}',
    'Đề nghị nâng cấp, mở rộng các kiệt, hẻm xuống cấp tại {unit}',
  ],
  tuaChuaTown: [
    'Đề nghị hỗ trợ kinh phí sửa chữa nhà văn hóa {unit}',
    'Đề nghị khắc phục đoạn đường nội thị bị sạt lở tại {unit}',
    'Đề nghị bảo đảm nước sinh hoạt mùa khô cho các hộ {unit}',
    'Đề nghị đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất cho các hộ {unit}',
  ],
  lucHon: [
    'Đề nghị hỗ trợ giống quế, hồi cho các hộ {unit}',
    'Đề nghị đầu tư cứng hóa đường vào {unit}',
    'Đề nghị giải quyết chồng lấn ranh giới đất rừng giữa các hộ {unit}',
    'Đề nghị cấp giấy chứng nhận quyền sử dụng đất lâm nghiệp cho các hộ {unit}',
  ],
  bloc: [
    'Đề nghị hướng dẫn cụ thể tiêu chí chấm điểm mô hình “Chi bộ 4 tốt” đối với chi bộ cơ quan chuyên môn',
    'Đề nghị tổ chức tập huấn nghiệp vụ công tác đảng cho cấp ủy chi bộ',
    'Đề nghị bổ sung biên chế cho {unit} để bảo đảm thực hiện nhiệm vụ',
    'Đề nghị cấp trên có hình thức động viên, khen thưởng kịp thời các sáng kiến của đảng viên',
  ],
  haLam: [
    'Đề nghị Công ty đầu tư bổ sung thiết bị thông gió cho các gương lò đào',
    'Đề nghị cải thiện điều kiện nghỉ ngơi giữa ca cho công nhân {unit}',
  ],
};
/** Seed 003: the stalled project the Trường Đông members spoke about. */
export const NORTH_WEST_PROJECT =
  'Đề nghị cấp trên sớm có giải pháp tháo gỡ vướng mắc, đẩy nhanh tiến độ dự án Khu đô thị mẫu Tây Bắc, ổn định đời sống người dân vùng dự án';

/** "Đảng bộ phường Định Trung" → "Đảng ủy phường Định Trung". */
export function committeeBody(name: string): string {
  return name.replace(/^Đảng bộ /, 'Đảng ủy ');
}
