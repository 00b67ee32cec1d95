import {
  cell,
  communeCells,
  grassrootsCell,
  grassrootsCommittee,
  partialCommittee,
  province,
  slug,
  superior,
  type HistoryStep,
  type OrgPlan,
  type ProvincePlan,
  walk,
} from './plan.js';

/**
 * The named part of the demo: the organisations of the seed articles (DOMAIN.md, "Figures from
 * the seeds") with the numbers they quote, and their neighbours. The same at every scale.
 */

// ------------------------------------------------------------------ Điện Biên: Tủa Chùa district

const TUA_CHUA_COMMUNES: Array<[string, string[]]> = [
  ['Mường Báng', ['Pàng Dề A', 'Pàng Dề B', 'Hấu Chua', 'Sáng Tùng', 'Nà Sa']],
  ['Xá Nhè', ['Phi Giàng', 'Háng Tầu', 'Làng Vùa', 'Xá Nhè', 'Tà Si Láng']],
  ['Mường Đun', ['Cáng Chua', 'Đề Dê Hu', 'Nậm Bó', 'Hồng Ngài', 'Bó Giáng']],
  ['Tủa Thàng', ['Sín Sủ', 'Tìa Ghềnh', 'Lồng Sùng', 'Kể Cải', 'Tủa Thàng']],
  ['Huổi Só', ['Nà Còng', 'Phình Hồ', 'Hột Đưa', 'Huổi Lóng', 'Cá Ha']],
  ['Sính Phình', ['Tàng Đán', 'Chống Dơ', 'Tìa Dình', 'Khá Chua']],
  ['Trung Thu', ['Trung Thu', 'Sáng Nhè', 'Vàng Chua', 'Phìn Hồ']],
  ['Lao Xả Phình', ['Thẩm Dương', 'Lùng Thàng', 'Hồ Sua Chua', 'Đun Sáng']],
  ['Tả Phìn', ['Tả Phìn', 'Pa Sa', 'Trung Sua', 'Chua Ta']],
  ['Tả Sìn Thàng', ['Tả Sìn Thàng', 'Tả Huổi Tráng', 'Háng Pàng', 'Pú Nhung']],
  ['Sín Chải', ['Sín Chải A', 'Sín Chải B', 'Tà Là Cáo', 'Dế Da']],
];

/** A village cell of Mường Báng merged into its neighbour in 2020 (villages were merged across Điện Biên then). */
const MERGED_VILLAGE = 'Háng Sung';
const MERGED_INTO = 'Hấu Chua';

const TUA_CHUA_DISTRICT_CELLS = [
  'Chi bộ Văn phòng Huyện ủy',
  'Chi bộ Ủy ban Kiểm tra Huyện ủy',
  'Chi bộ Ban Tổ chức Huyện ủy',
  'Chi bộ Ban Tuyên giáo và Dân vận Huyện ủy',
  'Chi bộ Văn phòng HĐND và UBND huyện',
  'Chi bộ Phòng Nội vụ huyện',
  'Chi bộ Phòng Tài chính - Kế hoạch huyện',
  'Chi bộ Phòng Nông nghiệp và Phát triển nông thôn huyện',
  'Chi bộ Phòng Tài nguyên và Môi trường huyện',
  'Chi bộ Phòng Kinh tế - Hạ tầng huyện',
  'Chi bộ Phòng Lao động - Thương binh và Xã hội huyện',
  'Chi bộ Phòng Giáo dục và Đào tạo huyện',
  'Chi bộ Phòng Văn hóa và Thông tin huyện',
  'Chi bộ Phòng Dân tộc huyện',
  'Chi bộ Thanh tra huyện',
  'Chi bộ Phòng Tư pháp huyện',
  'Chi bộ Cơ quan Mặt trận Tổ quốc và các đoàn thể huyện',
  'Chi bộ Tòa án nhân dân huyện Tủa Chùa',
  'Chi bộ Viện Kiểm sát nhân dân huyện Tủa Chùa',
  'Chi bộ Chi cục Thi hành án dân sự huyện Tủa Chùa',
  'Chi bộ Chi cục Thuế khu vực Tủa Chùa',
  'Chi bộ Kho bạc Nhà nước Tủa Chùa',
  'Chi bộ Bảo hiểm xã hội huyện Tủa Chùa',
  'Chi bộ Hạt Kiểm lâm huyện Tủa Chùa',
  'Chi bộ Trung tâm Văn hóa, Thể thao và Truyền thông huyện',
  'Chi bộ Trung tâm Dịch vụ nông nghiệp huyện',
  'Chi bộ Ban Quản lý dự án các công trình huyện',
  'Chi bộ Trường THPT Tủa Chùa',
  'Chi bộ Trường PTDTNT THCS và THPT huyện Tủa Chùa',
  'Chi bộ Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Tủa Chùa',
  'Chi bộ Ngân hàng Chính sách xã hội huyện Tủa Chùa',
  'Chi bộ Điện lực Tủa Chùa',
];

export const TUA_CHUA_MEMBERS_TODAY = 4090;

function tuaChua(): OrgPlan {
  const code = 'DB-TUACHUA';
  const town = grassrootsCommittee(
    `${code}-THITRAN`,
    'Đảng bộ thị trấn Tủa Chùa',
    [
      ...communeCells('thị trấn', 'Tủa Chùa', 'tổ dân phố', ['Thành Công', 'Đồng Tâm', 'Thắng Lợi', 'Sơn Thủy', 'Đoàn Kết', 'Tân Tiến', 'Trường Xuân'], [
        'tramyte', 'thcs', 'tieuhoc', 'quansu', 'congan', 'coquan',
      ]),
    ],
    { members: 410 },
  );
  const communes = TUA_CHUA_COMMUNES.map(([place, villages]) => {
    const cells = communeCells('xã', place, 'bản', villages, ['coquan', 'quansu', 'congan', 'thcs']);
    if (place === 'Mường Báng') {
      // Founded with the commune and merged in 2020: its members must have joined before then.
      cells.push(cell(`Chi bộ bản ${MERGED_VILLAGE}`, 'RESIDENTIAL', { stableUntil: '2019-06-30', weight: 0.8, foundedOn: '2004-01-01' }));
    }
    return grassrootsCommittee(`${code}-${slug(place)}`, `Đảng bộ xã ${place}`, cells);
  });
  const police = grassrootsCommittee(
    `${code}-CONGAN`,
    'Đảng bộ Công an huyện Tủa Chùa',
    ['Chi bộ Đội Cảnh sát điều tra', 'Chi bộ Đội An ninh', 'Chi bộ Đội Cảnh sát giao thông - Trật tự', 'Chi bộ Đội Tham mưu - Tổng hợp', 'Chi bộ Đội Cảnh sát quản lý hành chính'].map(
      (n) => cell(n, 'ARMED_FORCES'),
    ),
    { members: 92 },
  );
  const military = grassrootsCommittee(
    `${code}-QUANSU`,
    'Đảng bộ Quân sự huyện Tủa Chùa',
    ['Chi bộ Cơ quan Ban Chỉ huy Quân sự huyện', 'Chi bộ Tham mưu', 'Chi bộ Chính trị - Hậu cần'].map((n) => cell(n, 'ARMED_FORCES')),
    { members: 64 },
  );
  const health = grassrootsCommittee(
    `${code}-TTYT`,
    'Đảng bộ Trung tâm Y tế huyện Tủa Chùa',
    ['Chi bộ Khoa Khám bệnh', 'Chi bộ Khoa Nội - Nhi - Truyền nhiễm', 'Chi bộ Khoa Ngoại - Sản', 'Chi bộ Khoa Y tế công cộng', 'Chi bộ Phòng Kế hoạch - Tổng hợp'].map(
      (n) => cell(n, 'PUBLIC_SERVICE'),
    ),
    { members: 105 },
  );
  const cells = TUA_CHUA_DISTRICT_CELLS.map((n) => grassrootsCell(n, undefined, { weight: 0.5 }));
  // Today's count, chosen so that the district holds "nearly 3,900" members on the article's date
  // (seed 000, 3 November 2023): members join, move and leave between then and DATA_AS_OF.
  return superior(code, 'Đảng bộ huyện Tủa Chùa', 'DISTRICT', '2004-01-01', [town, ...communes, police, military, health, ...cells], TUA_CHUA_MEMBERS_TODAY);
}

// ------------------------------------------------------------------ Vĩnh Phúc: Vĩnh Yên city

function vinhYen(): OrgPlan {
  const code = 'VP-VINHYEN';
  const dinhTrung = grassrootsCommittee(
    `${code}-DINHTRUNG`,
    'Đảng bộ phường Định Trung',
    communeCells(
      'phường',
      'Định Trung',
      'tổ dân phố',
      ['Vị Thanh', 'Lai Sơn', 'Định Trung', 'Đông Thịnh', 'Vị Trù', 'Thanh Giã', 'Xuân Mai', 'Đông Đạo', 'Bảo Sơn', 'Trung Thượng', 'Hốc Lãm', 'Đông Hòa', 'Vinh Thịnh'],
      ['coquan', 'quansu', 'congan', 'thcs', 'tieuhoc', 'mamnon', 'tramyte'],
    ),
    { members: 642 },
  );
  const ward = (place: string, villages: string[], members: number, unit: 'phường' | 'xã' = 'phường') =>
    grassrootsCommittee(
      `${code}-${slug(place)}`,
      `Đảng bộ ${unit} ${place}`,
      communeCells(unit, place, unit === 'xã' ? 'thôn' : 'tổ dân phố', villages, ['coquan', 'quansu', 'congan', 'thcs']),
      { members },
    );
  return superior(code, 'Đảng bộ thành phố Vĩnh Yên', 'CITY', '2006-12-01', [
    dinhTrung,
    ward('Liên Bảo', ['Tân An', 'Liên Bảo', 'Đồng Tâm', 'Tân Lập', 'Hợp Thịnh', 'Chùa Hà'], 130),
    ward('Tích Sơn', ['Tích Sơn', 'Hán Lữ', 'Vinh Quang', 'Đông Sơn', 'Tam Đa'], 110),
    ward('Khai Quang', ['Khai Quang', 'Hai Bà Trưng', 'Lạc Ý', 'Mậu Lâm', 'Vườn Sim', 'Đồng Thạp'], 120),
    ward('Thanh Trù', ['Lũng Hạ', 'Lũng Thượng', 'Đông Tỉnh', 'Thanh Trù'], 85, 'xã'),
    grassrootsCell('Chi bộ Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên', 'AGENCY', { members: 13 }),
    grassrootsCell('Chi bộ Trường THPT Vĩnh Yên', 'PUBLIC_SERVICE', { members: 18 }),
    grassrootsCell('Chi bộ Ban Quản lý dự án đầu tư xây dựng thành phố Vĩnh Yên', 'PUBLIC_SERVICE', { members: 11 }),
  ]);
}

// ------------------------------------------------------------------ Quảng Ninh

function binhLieu(): OrgPlan {
  const code = 'QN-BINHLIEU';
  const lucHon = grassrootsCommittee(
    `${code}-LUCHON`,
    'Đảng bộ xã Lục Hồn',
    communeCells(
      'xã',
      'Lục Hồn',
      'thôn',
      ['Lục Nà', 'Bản Chuồng', 'Khe Và', 'Nà Choòng', 'Pắc Liềng', 'Ngàn Phé', 'Nà Ếch', 'Co Sen', 'Bản Piầu', 'Khe Tấu', 'Nà Áng', 'Pắc Pình', 'Ngàn Vàng', 'Cẩm Hắc', 'Nà Làng'],
      ['coquan', 'quansu', 'congan', 'thcs', 'tieuhoc', 'tramyte'],
    ),
    { members: 338 },
  );
  const commune = (unit: 'xã' | 'thị trấn', place: string, villageWord: string, villages: string[], members: number) =>
    grassrootsCommittee(`${code}-${slug(place)}`, `Đảng bộ ${unit} ${place}`, communeCells(unit, place, villageWord, villages, ['coquan', 'quansu', 'congan', 'thcs']), {
      members,
    });
  return superior(code, 'Đảng bộ huyện Bình Liêu', 'DISTRICT', '1963-10-30', [
    lucHon,
    commune('thị trấn', 'Bình Liêu', 'khu phố', ['Bình Công', 'Bình Đẳng', 'Bình Quyền', 'Bình An', 'Bình Đông', 'Bình Sơn'], 140),
    commune('xã', 'Hoành Mô', 'thôn', ['Pắc Pộc', 'Nà Lý', 'Cao Sơn', 'Đồng Thắng'], 80),
    commune('xã', 'Đồng Văn', 'thôn', ['Khe Mò', 'Nà Phạ', 'Sông Moóc', 'Ngàn Chi'], 76),
    commune('xã', 'Tình Húc', 'thôn', ['Pò Đán', 'Khe Lánh', 'Tầng Pồ', 'Bắc Cương'], 80),
    grassrootsCell('Chi bộ Phòng Giáo dục và Đào tạo huyện Bình Liêu', 'AGENCY', { members: 12 }),
    grassrootsCell('Chi bộ Trường THPT Bình Liêu', 'PUBLIC_SERVICE', { members: 17 }),
    grassrootsCell('Chi bộ Trung tâm Y tế huyện Bình Liêu', 'PUBLIC_SERVICE', { members: 15 }),
  ]);
}

const GENERIC_DEPARTMENTS = [
  'Văn phòng',
  'Phòng Tổ chức cán bộ',
  'Phòng Kế hoạch - Tài chính',
  'Thanh tra',
  'Phòng Pháp chế',
  'Phòng Tổng hợp',
  'Phòng Nghiệp vụ 1',
  'Phòng Nghiệp vụ 2',
  'Phòng Nghiệp vụ 3',
  'Phòng Quản lý chuyên ngành',
  'Trung tâm Thông tin',
  'Trung tâm Dịch vụ',
];

interface AgencyCommittee {
  name: string;
  /** Named cells first; generic departments fill up to `cells`. */
  specific?: string[];
  cells: number;
  partials?: Array<{ name: string; cells: string[] }>;
}

/** The 33 grassroots committees of the Provincial Agencies Bloc, with 10 partial committees and 247 cells. */
const AGENCY_COMMITTEES: AgencyCommittee[] = [
  { name: 'Đảng bộ Văn phòng Tỉnh ủy', cells: 6, specific: ['Phòng Tổng hợp', 'Phòng Hành chính - Lưu trữ', 'Phòng Quản trị - Tài vụ', 'Phòng Công nghệ thông tin và Cơ yếu'] },
  { name: 'Đảng bộ Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh', cells: 9, specific: ['Phòng Tổng hợp', 'Phòng Kinh tế', 'Phòng Nội chính', 'Phòng Khoa giáo - Văn xã', 'Phòng Hành chính - Tổ chức', 'Phòng Công tác HĐND'] },
  {
    name: 'Đảng bộ Sở Y tế',
    cells: 11,
    specific: [
      'Văn phòng Sở', 'Phòng Quản lý an toàn thực phẩm', 'Phòng Nghiệp vụ Y', 'Phòng Nghiệp vụ Dược', 'Phòng Kế hoạch - Tài chính', 'Phòng Tổ chức cán bộ',
      'Thanh tra Sở', 'Chi cục Dân số - Kế hoạch hóa gia đình', 'Trung tâm Kiểm soát bệnh tật', 'Trung tâm Kiểm nghiệm', 'Trung tâm Pháp y',
    ],
  },
  {
    name: 'Đảng bộ Sở Giáo dục và Đào tạo',
    cells: 6,
    specific: ['Văn phòng Sở', 'Phòng Giáo dục Trung học', 'Phòng Giáo dục Mầm non - Tiểu học', 'Phòng Khảo thí và Kiểm định chất lượng', 'Phòng Kế hoạch - Tài chính', 'Thanh tra Sở'],
    partials: [
      { name: 'Đảng bộ bộ phận Khối trường THPT thành phố Hạ Long', cells: ['Trường THPT Chuyên Hạ Long', 'Trường THPT Hòn Gai', 'Trường THPT Bãi Cháy', 'Trường THPT Vũ Văn Hiếu'] },
      { name: 'Đảng bộ bộ phận Khối trường chuyên biệt', cells: ['Trường Phổ thông Dân tộc nội trú tỉnh', 'Trường THPT Lê Thánh Tông', 'Trung tâm Giáo dục thường xuyên tỉnh'] },
    ],
  },
  { name: 'Đảng bộ Sở Tài chính', cells: 6, specific: ['Văn phòng Sở', 'Phòng Quản lý ngân sách', 'Phòng Quản lý giá và công sản', 'Phòng Tài chính đầu tư', 'Phòng Tài chính doanh nghiệp', 'Thanh tra Sở'] },
  {
    name: 'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn',
    cells: 8,
    specific: ['Văn phòng Sở', 'Chi cục Thủy sản', 'Chi cục Trồng trọt và Bảo vệ thực vật', 'Chi cục Chăn nuôi và Thú y', 'Chi cục Thủy lợi', 'Chi cục Phát triển nông thôn', 'Trung tâm Khuyến nông', 'Thanh tra Sở'],
    partials: [{ name: 'Đảng bộ bộ phận Chi cục Kiểm lâm', cells: ['Văn phòng Chi cục Kiểm lâm', 'Hạt Kiểm lâm Hạ Long', 'Hạt Kiểm lâm Ba Chẽ', 'Đội Kiểm lâm cơ động'] }],
  },
  { name: 'Đảng bộ Sở Công Thương', cells: 6, specific: ['Văn phòng Sở', 'Phòng Quản lý công nghiệp', 'Phòng Quản lý thương mại', 'Phòng Quản lý năng lượng', 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp'] },
  { name: 'Đảng bộ Sở Kế hoạch và Đầu tư', cells: 5, specific: ['Văn phòng Sở', 'Phòng Tổng hợp, Quy hoạch', 'Phòng Đăng ký kinh doanh', 'Phòng Thẩm định'] },
  { name: 'Đảng bộ Sở Xây dựng', cells: 6, specific: ['Văn phòng Sở', 'Phòng Quản lý quy hoạch - kiến trúc', 'Phòng Quản lý nhà và thị trường bất động sản', 'Trung tâm Giám định chất lượng xây dựng'] },
  { name: 'Đảng bộ Sở Giao thông vận tải', cells: 9, specific: ['Văn phòng Sở', 'Phòng Quản lý vận tải', 'Phòng Quản lý kết cấu hạ tầng giao thông', 'Phòng Quản lý phương tiện và người lái', 'Thanh tra Sở', 'Cảng vụ đường thủy nội địa'] },
  { name: 'Đảng bộ Sở Tài nguyên và Môi trường', cells: 9, specific: ['Văn phòng Sở', 'Chi cục Bảo vệ môi trường', 'Chi cục Biển và Hải đảo', 'Phòng Quản lý đất đai', 'Phòng Khoáng sản', 'Trung tâm Quan trắc môi trường', 'Trung tâm Công nghệ thông tin'] },
  { name: 'Đảng bộ Sở Lao động - Thương binh và Xã hội', cells: 10, specific: ['Văn phòng Sở', 'Phòng Người có công', 'Phòng Lao động - Việc làm', 'Phòng Bảo trợ xã hội', 'Trung tâm Dịch vụ việc làm', 'Trung tâm Điều dưỡng người có công', 'Trung tâm Bảo trợ xã hội tỉnh'] },
  { name: 'Đảng bộ Sở Văn hóa và Thể thao', cells: 9, specific: ['Văn phòng Sở', 'Phòng Quản lý văn hóa', 'Phòng Quản lý thể dục thể thao', 'Trung tâm Văn hóa tỉnh', 'Trung tâm Huấn luyện và Thi đấu thể thao', 'Đoàn Nghệ thuật tỉnh'] },
  { name: 'Đảng bộ Sở Du lịch', cells: 4, specific: ['Văn phòng Sở', 'Phòng Quản lý lữ hành', 'Trung tâm Thông tin xúc tiến du lịch'] },
  { name: 'Đảng bộ Sở Thông tin và Truyền thông', cells: 4, specific: ['Văn phòng Sở', 'Phòng Báo chí - Xuất bản', 'Trung tâm Công nghệ thông tin và Truyền thông'] },
  { name: 'Đảng bộ Sở Khoa học và Công nghệ', cells: 5, specific: ['Văn phòng Sở', 'Chi cục Tiêu chuẩn Đo lường Chất lượng', 'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ'] },
  { name: 'Đảng bộ Sở Tư pháp', cells: 5, specific: ['Văn phòng Sở', 'Phòng Hành chính tư pháp', 'Trung tâm Trợ giúp pháp lý nhà nước', 'Phòng Công chứng số 1'] },
  { name: 'Đảng bộ Sở Nội vụ', cells: 6, specific: ['Văn phòng Sở', 'Ban Thi đua - Khen thưởng', 'Ban Tôn giáo', 'Phòng Công chức - Viên chức', 'Phòng Xây dựng chính quyền'] },
  { name: 'Đảng bộ Thanh tra tỉnh', cells: 4, specific: ['Văn phòng', 'Phòng Thanh tra 1', 'Phòng Thanh tra 2', 'Phòng Tiếp công dân và Xử lý đơn thư'] },
  { name: 'Đảng bộ Ban Quản lý Khu kinh tế tỉnh', cells: 5, specific: ['Văn phòng Ban', 'Phòng Quản lý đầu tư', 'Phòng Quản lý doanh nghiệp', 'Phòng Quản lý quy hoạch và xây dựng'] },
  {
    name: 'Đảng bộ Cục Thuế tỉnh',
    cells: 3,
    specific: ['Phòng Thanh tra - Kiểm tra', 'Phòng Tuyên truyền - Hỗ trợ người nộp thuế', 'Phòng Quản lý nợ và cưỡng chế nợ thuế'],
    partials: [
      { name: 'Đảng bộ bộ phận Văn phòng Cục Thuế', cells: ['Phòng Hành chính - Quản trị', 'Phòng Tổ chức cán bộ', 'Phòng Nghiệp vụ - Dự toán - Pháp chế', 'Phòng Công nghệ thông tin', 'Phòng Kiểm tra nội bộ'] },
      { name: 'Đảng bộ bộ phận Chi cục Thuế khu vực Hạ Long', cells: ['Đội Kiểm tra thuế số 1', 'Đội Kiểm tra thuế số 2', 'Đội Hành chính - Nhân sự'] },
    ],
  },
  { name: 'Đảng bộ Cục Hải quan tỉnh', cells: 10, specific: ['Văn phòng Cục', 'Chi cục Hải quan cửa khẩu Móng Cái', 'Chi cục Hải quan cửa khẩu Hoành Mô', 'Chi cục Hải quan cửa khẩu cảng Cái Lân', 'Chi cục Hải quan Bắc Phong Sinh', 'Chi cục Kiểm tra sau thông quan', 'Đội Kiểm soát Hải quan'] },
  { name: 'Đảng bộ Kho bạc Nhà nước tỉnh', cells: 5, specific: ['Văn phòng', 'Phòng Kiểm soát chi', 'Phòng Kế toán nhà nước', 'Phòng Thanh tra - Kiểm tra'] },
  { name: 'Đảng bộ Bảo hiểm xã hội tỉnh', cells: 8, specific: ['Văn phòng', 'Phòng Quản lý thu', 'Phòng Chế độ bảo hiểm xã hội', 'Phòng Giám định bảo hiểm y tế', 'Phòng Kế hoạch - Tài chính', 'Phòng Cấp sổ, thẻ'] },
  {
    name: 'Đảng bộ Trường Đại học Hạ Long',
    cells: 4,
    specific: ['Phòng Tổ chức - Hành chính', 'Phòng Đào tạo', 'Phòng Quản lý khoa học và Hợp tác quốc tế', 'Phòng Kế hoạch - Tài chính'],
    partials: [
      { name: 'Đảng bộ bộ phận Cơ sở 1', cells: ['Khoa Du lịch', 'Khoa Ngoại ngữ', 'Khoa Văn hóa', 'Khoa Nghệ thuật', 'Trung tâm Thông tin - Thư viện'] },
      { name: 'Đảng bộ bộ phận Cơ sở 2', cells: ['Khoa Sư phạm', 'Khoa Công nghệ thông tin', 'Khoa Thủy sản', 'Khoa Môi trường', 'Khoa Khoa học cơ bản'] },
    ],
  },
  { name: 'Đảng bộ Trường Chính trị Nguyễn Văn Cừ', cells: 5, specific: ['Phòng Tổ chức - Hành chính', 'Phòng Quản lý đào tạo', 'Khoa Lý luận cơ sở', 'Khoa Xây dựng Đảng', 'Khoa Nhà nước và Pháp luật'] },
  {
    name: 'Đảng bộ Bệnh viện Đa khoa tỉnh',
    cells: 3,
    specific: ['Phòng Tổ chức cán bộ', 'Phòng Kế hoạch tổng hợp', 'Phòng Tài chính kế toán'],
    partials: [
      { name: 'Đảng bộ bộ phận Khối Nội', cells: ['Khoa Nội tổng hợp', 'Khoa Tim mạch', 'Khoa Thận nhân tạo', 'Khoa Hồi sức tích cực', 'Khoa Thần kinh'] },
      { name: 'Đảng bộ bộ phận Khối Ngoại', cells: ['Khoa Ngoại tổng hợp', 'Khoa Chấn thương chỉnh hình', 'Khoa Gây mê hồi sức', 'Khoa Mắt', 'Khoa Tai Mũi Họng'] },
      { name: 'Đảng bộ bộ phận Khối Cận lâm sàng', cells: ['Khoa Xét nghiệm', 'Khoa Chẩn đoán hình ảnh', 'Khoa Dược', 'Khoa Kiểm soát nhiễm khuẩn'] },
    ],
  },
  { name: 'Đảng bộ Trung tâm Truyền thông tỉnh', cells: 8, specific: ['Ban Thời sự', 'Ban Chuyên đề', 'Ban Báo in', 'Ban Biên tập điện tử', 'Phòng Kỹ thuật - Công nghệ', 'Phòng Hành chính - Tổng hợp'] },
  { name: 'Đảng bộ Cục Thống kê tỉnh', cells: 4, specific: ['Phòng Thu thập thông tin thống kê', 'Phòng Thống kê tổng hợp', 'Phòng Tổ chức - Hành chính'] },
  { name: 'Đảng bộ Cơ quan Liên đoàn Lao động tỉnh', cells: 5, specific: ['Văn phòng', 'Ban Tổ chức', 'Ban Chính sách - Pháp luật', 'Ban Tuyên giáo - Nữ công'] },
  { name: 'Đảng bộ Cơ quan Ủy ban MTTQ và các đoàn thể tỉnh', cells: 6, specific: ['Cơ quan Ủy ban MTTQ tỉnh', 'Cơ quan Tỉnh đoàn', 'Cơ quan Hội Liên hiệp Phụ nữ tỉnh', 'Cơ quan Hội Nông dân tỉnh', 'Cơ quan Hội Cựu chiến binh tỉnh'] },
  { name: 'Đảng bộ Ban Quản lý dự án đầu tư xây dựng tỉnh', cells: 5, specific: ['Phòng Kế hoạch - Tổng hợp', 'Phòng Kỹ thuật', 'Phòng Quản lý dự án 1', 'Phòng Quản lý dự án 2'] },
  { name: 'Đảng bộ Trường Cao đẳng Y tế Quảng Ninh', cells: 5, specific: ['Phòng Đào tạo', 'Khoa Điều dưỡng', 'Khoa Dược', 'Khoa Y học cơ sở', 'Phòng Tổ chức - Hành chính'] },
];

const AGENCY_BLOC_CELLS = [
  'Chi bộ Sở Ngoại vụ',
  'Chi bộ Ban Dân tộc tỉnh',
  'Chi bộ Hội Chữ thập đỏ tỉnh',
  'Chi bộ Liên minh Hợp tác xã tỉnh',
  'Chi bộ Hội Văn học nghệ thuật tỉnh',
  'Chi bộ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
  'Chi bộ Hội Luật gia tỉnh',
  'Chi bộ Hội Nhà báo tỉnh',
  'Chi bộ Trung tâm Phục vụ hành chính công tỉnh',
  'Chi bộ Quỹ Đầu tư phát triển tỉnh',
  'Chi bộ Ban Quản lý Vịnh Hạ Long',
  'Chi bộ Cục Quản lý thị trường tỉnh',
  'Chi bộ Thư viện tỉnh',
  'Chi bộ Bảo tàng tỉnh',
  'Chi bộ Trung tâm Lưu trữ lịch sử tỉnh',
  'Chi bộ Cục Thi hành án dân sự tỉnh',
  'Chi bộ Viện Kiểm sát nhân dân tỉnh',
  'Chi bộ Tòa án nhân dân tỉnh',
  'Chi bộ Ngân hàng Nhà nước chi nhánh tỉnh',
  'Chi bộ Ngân hàng Chính sách xã hội tỉnh',
  'Chi bộ Văn phòng Đăng ký đất đai tỉnh',
  'Chi bộ Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh',
  'Chi bộ Trường Cao đẳng Việt - Hàn Quảng Ninh',
  'Chi bộ Trung tâm Xúc tiến đầu tư tỉnh',
  'Chi bộ Ban Quản lý dự án đầu tư xây dựng các công trình giao thông',
  'Chi bộ Cảng vụ Hàng hải Quảng Ninh',
  'Chi bộ Đài Khí tượng Thủy văn tỉnh',
  'Chi bộ Trung tâm Phát triển quỹ đất tỉnh',
  'Chi bộ Ban Xúc tiến và Hỗ trợ đầu tư tỉnh',
  'Chi bộ Trung tâm Giám định và Kiểm định tỉnh',
  'Chi bộ Hội Khuyến học tỉnh',
];

/** The two pilot cells transferred to the enterprise bloc in 2023 (seed 004: 49 of 51 remained). */
const PILOT_TRANSFERRED = ['Chi bộ Công ty TNHH MTV Xổ số kiến thiết Quảng Ninh', 'Chi bộ Công ty TNHH MTV Thủy lợi Miền Đông'];
const PILOT_TRANSFER_ON = '2023-08-01';

function agencyBloc(): OrgPlan {
  const code = 'QN-KCCQ';
  const committees = AGENCY_COMMITTEES.map((c) => {
    const names = [...(c.specific ?? [])];
    for (const g of GENERIC_DEPARTMENTS) {
      if (names.length >= c.cells) break;
      if (!names.includes(g) && !names.includes(`${g} Sở`)) names.push(g);
    }
    if (names.length !== c.cells) throw new Error(`${c.name}: ${names.length} cells named, ${c.cells} wanted`);
    const children: OrgPlan[] = (c.partials ?? []).map((p) => partialCommittee(p.name, p.cells.map((n) => cell(`Chi bộ ${n}`))));
    for (const n of names) {
      const isFoodSafety = n === 'Phòng Quản lý an toàn thực phẩm';
      children.push(cell(`Chi bộ ${n}`, isFoodSafety ? 'AGENCY' : undefined, isFoodSafety ? { members: 10, stableUntil: '2022-06-30', foundedOn: '2017-03-01' } : {}));
    }
    return grassrootsCommittee(`${code}-${slug(c.name.replace(/^Đảng bộ /, ''), 20)}`, c.name, children);
  });
  const cells = AGENCY_BLOC_CELLS.map((n) => grassrootsCell(n, undefined, { weight: 0.75 }));
  const pilot = PILOT_TRANSFERRED.map((n, i) => grassrootsCell(n, 'ENTERPRISE', { code: `${code}-PILOT${i + 1}`, members: [12, 9][i] }));
  const bloc = superior(code, 'Đảng bộ Khối các cơ quan tỉnh', 'BLOC', '2006-08-01', [...committees, ...cells, ...pilot]);
  // 4,300+ members in the 64 grassroots organisations that remain after the 2023 transfer.
  bloc.members = 4450 + 12 + 9;
  return bloc;
}

function enterpriseBloc(): OrgPlan {
  const code = 'QN-KDN';
  const haLam = grassrootsCommittee(
    `${code}-HALAM`,
    'Đảng bộ Công ty CP Than Hà Lầm - Vinacomin',
    [
      'Phân xưởng Công nghệ khai thác', 'Phân xưởng Khai thác 1', 'Phân xưởng Khai thác 2', 'Phân xưởng Khai thác 3', 'Phân xưởng Đào lò 1', 'Phân xưởng Đào lò 2',
      'Phân xưởng Cơ điện', 'Phân xưởng Vận tải lò', 'Phân xưởng Thông gió - Thoát nước', 'Phân xưởng Chế biến than', 'Phòng Kỹ thuật', 'Khối Văn phòng Công ty',
    ].map((n) => cell(`Chi bộ ${n}`, 'ENTERPRISE')),
    { members: 410 },
  );
  const company = (short: string, name: string, depts: string[], members: number) =>
    grassrootsCommittee(`${code}-${short}`, name, depts.map((n) => cell(`Chi bộ ${n}`, 'ENTERPRISE')), { members });
  return superior(code, 'Đảng bộ Khối doanh nghiệp tỉnh', 'BLOC', '2006-08-01', [
    haLam,
    company('NUOCSACH', 'Đảng bộ Công ty CP Nước sạch Quảng Ninh', ['Xí nghiệp Nước Hòn Gai', 'Xí nghiệp Nước Bãi Cháy', 'Xí nghiệp Nước Cẩm Phả', 'Phòng Kỹ thuật', 'Khối Văn phòng Công ty'], 78),
    company('XIMANG', 'Đảng bộ Công ty CP Xi măng và Xây dựng Quảng Ninh', ['Nhà máy Xi măng Lam Thạch', 'Xí nghiệp Khai thác đá', 'Phòng Kỹ thuật', 'Khối Văn phòng Công ty'], 64),
    grassrootsCell('Chi bộ Công ty CP Cảng Quảng Ninh', 'ENTERPRISE', { members: 21 }),
    grassrootsCell('Chi bộ Công ty CP Môi trường đô thị Hạ Long', 'ENTERPRISE', { members: 14 }),
    grassrootsCell('Chi bộ Công ty TNHH MTV Dịch vụ Môi trường và Công trình đô thị Cẩm Phả', 'ENTERPRISE', { members: 16 }),
  ]);
}

/**
 * Hải Hà district: seed 002's photo shows the Lý Thường Kiệt area cell (khu Lý Thường Kiệt,
 * Quảng Hà town) voting on its "4 good" results for the first six months of 2024.
 */
export const LY_THUONG_KIET = 'QN-HAIHA-QUANGHA-LYTHUONGKIET';

function haiHa(): OrgPlan {
  const code = 'QN-HAIHA';
  const town = grassrootsCommittee(
    `${code}-QUANGHA`,
    'Đảng bộ thị trấn Quảng Hà',
    [
      cell('Chi bộ khu Lý Thường Kiệt', 'RESIDENTIAL', { code: LY_THUONG_KIET, members: 34, stableUntil: '2024-06-30' }),
      ...communeCells('thị trấn', 'Quảng Hà', 'khu', ['Trần Phú', 'Hai Bà Trưng', 'Lê Lợi', 'Trần Hưng Đạo', 'Lý Tự Trọng', 'Nguyễn Du'], ['coquan', 'quansu', 'congan', 'thcs']),
    ],
    { members: 236 },
  );
  const commune = (place: string, villages: string[], members: number) =>
    grassrootsCommittee(`${code}-${slug(place)}`, `Đảng bộ xã ${place}`, communeCells('xã', place, 'thôn', villages, ['coquan', 'quansu', 'congan', 'thcs']), { members });
  const district = superior(code, 'Đảng bộ huyện Hải Hà', 'DISTRICT', '1963-10-30', [
    town,
    commune('Quảng Long', ['1', '2', '3', '4', '5'], 96),
    commune('Quảng Chính', ['1', '2', '3', '4'], 82),
    grassrootsCell('Chi bộ Trung tâm Y tế huyện Hải Hà', 'PUBLIC_SERVICE', { members: 16 }),
  ]);
  // Founding dates given here, not drawn: finishPlan draws them from the province's sequence,
  // and drawing more for this late addition would reshuffle the agencies bloc's figures.
  for (const [node] of walk(district)) node.foundedOn ??= node.kind === 'CELL' || node.kind === 'GRASSROOTS_CELL' ? '1976-01-01' : '1963-10-30';
  return district;
}

// ------------------------------------------------------------------ Quảng Nam: Tam Kỳ city

function tamKy(): OrgPlan {
  const code = 'QNA-TAMKY';
  const tanThanh = grassrootsCommittee(
    `${code}-TANTHANH`,
    'Đảng bộ phường Tân Thạnh',
    [
      cell('Chi bộ khối phố Trường Đông', 'RESIDENTIAL', { members: 31, stableUntil: '2024-06-30' }),
      ...communeCells('phường', 'Tân Thạnh', 'khối phố', ['Mỹ Thạch Bắc', 'Mỹ Thạch Trung', 'Mỹ Thạch Đông', 'Xuân Quý', 'Thạnh Bình', 'Phú Sơn'], ['coquan', 'quansu', 'congan', 'thcs']),
    ],
    { members: 246 },
  );
  const ward = (place: string, blocks: string[], members: number) =>
    grassrootsCommittee(`${code}-${slug(place)}`, `Đảng bộ phường ${place}`, communeCells('phường', place, 'khối phố', blocks, ['coquan', 'quansu', 'congan', 'thcs']), {
      members,
    });
  return superior(code, 'Đảng bộ thành phố Tam Kỳ', 'CITY', '2006-09-29', [
    tanThanh,
    ward('An Mỹ', ['Mỹ Cang', 'Mỹ Thượng', 'Phương Hòa', 'Phương Hòa Nam'], 115),
    ward('Hòa Hương', ['Hương Trà', 'Hương Trà Tây', 'Hương Trà Đông', 'Nam Sơn'], 105),
    ward('Phước Hòa', ['Phước Lộc', 'Phước Thuận', 'Phước Hòa', 'Phước Thạnh'], 110),
    grassrootsCell('Chi bộ Trường THPT Trần Cao Vân', 'PUBLIC_SERVICE', { members: 21 }),
    grassrootsCell('Chi bộ Phòng Giáo dục và Đào tạo thành phố Tam Kỳ', 'AGENCY', { members: 11 }),
  ]);
}

// ------------------------------------------------------------------ Phú Thọ and Đà Nẵng (the 2025 merger targets)

function vietTri(): OrgPlan {
  const code = 'PT-VIETTRI';
  const ward = (place: string, groups: string[], members: number) =>
    grassrootsCommittee(`${code}-${slug(place)}`, `Đảng bộ phường ${place}`, communeCells('phường', place, 'khu', groups, ['coquan', 'quansu', 'congan', 'thcs']), {
      members,
    });
  return superior(code, 'Đảng bộ thành phố Việt Trì', 'CITY', '1997-01-01', [
    ward('Gia Cẩm', ['1', '2', '3', '4', '5'], 136),
    ward('Tiên Cát', ['Tiên Phú', 'Tiên Sơn', 'Tiên Hưng', 'Đồng Tâm'], 118),
  ]);
}

function haiChau(): OrgPlan {
  const code = 'DN-HAICHAU';
  const ward = (place: string, groups: string[], members: number) =>
    grassrootsCommittee(`${code}-${slug(place)}`, `Đảng bộ phường ${place}`, communeCells('phường', place, 'tổ dân phố', groups, ['coquan', 'quansu', 'congan', 'thcs']), {
      members,
    });
  return superior(code, 'Đảng bộ quận Hải Châu', 'DISTRICT', '1997-01-01', [
    ward('Thạch Thang', ['số 1', 'số 5', 'số 9', 'số 12', 'số 17'], 128),
    ward('Hòa Cường Bắc', ['số 3', 'số 8', 'số 14', 'số 21'], 122),
  ]);
}

// ------------------------------------------------------------------ the whole named part

export interface DemoPlan {
  provinces: ProvincePlan[];
  /** Dated changes before the 2025 restructure, in order. */
  history: HistoryStep[];
}

export const PROVINCE_CODES = {
  dienBien: 'DB-DIENBIEN',
  vinhPhuc: 'VP-VINHPHUC',
  quangNinh: 'QN-QUANGNINH',
  quangNam: 'QNA-QUANGNAM',
  phuTho: 'PT-PHUTHO',
  daNang: 'DN-DANANG',
} as const;

export function namedPlan(): DemoPlan {
  const provinces = [
    province(PROVINCE_CODES.dienBien, 'Đảng bộ tỉnh Điện Biên', '2004-01-01', '11', 'dienbien', [tuaChua()]),
    province(PROVINCE_CODES.vinhPhuc, 'Đảng bộ tỉnh Vĩnh Phúc', '1997-01-01', '26', 'north', [vinhYen()]),
    province(PROVINCE_CODES.quangNinh, 'Đảng bộ tỉnh Quảng Ninh', '1963-10-30', '22', 'north', [binhLieu(), agencyBloc(), enterpriseBloc(), haiHa()]),
    province(PROVINCE_CODES.quangNam, 'Đảng bộ tỉnh Quảng Nam', '1997-01-01', '49', 'central', [tamKy()]),
    province(PROVINCE_CODES.phuTho, 'Đảng bộ tỉnh Phú Thọ', '1997-01-01', '25', 'north', [vietTri()]),
    province(PROVINCE_CODES.daNang, 'Đảng bộ thành phố Đà Nẵng', '1997-01-01', '48', 'central', [haiChau()]),
  ];
  const mb = 'DB-TUACHUA-MUONGBANG';
  const village = (name: string) => {
    const commune = provinces[0]!.children![0]!.children!.find((c) => c.code === mb)!;
    const found = commune.children!.find((c) => c.name === `Chi bộ bản ${name}`);
    if (!found) throw new Error(`No village ${name}`);
    return found;
  };
  // Codes of cells are numbered later; give these two fixed ones so history can name them.
  village(MERGED_VILLAGE).code = `${mb}-${slug(MERGED_VILLAGE)}`;
  village(MERGED_INTO).code = `${mb}-${slug(MERGED_INTO)}`;
  village(MERGED_INTO).foundedOn = '2004-01-01';
  return {
    provinces,
    history: [
      { kind: 'merge', source: `${mb}-${slug(MERGED_VILLAGE)}`, target: `${mb}-${slug(MERGED_INTO)}`, on: '2020-01-01' },
      ...PILOT_TRANSFERRED.map((_, i) => ({ kind: 'move' as const, organization: `QN-KCCQ-PILOT${i + 1}`, newParent: 'QN-KDN', on: PILOT_TRANSFER_ON })),
    ],
  };
}
