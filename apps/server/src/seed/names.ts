import type { Gender } from '@fourgood/rules';
import { WeightedTable, type Rng } from './random.js';

/**
 * Vietnamese personal names with full diacritics. The mix of family names follows the people
 * who live there: Kinh names everywhere, H'Mông and Thái names in Điện Biên, Tày, Dao and Sán
 * Chỉ names in Bình Liêu.
 */
export type NameRegion = 'north' | 'central' | 'dienbien' | 'binhlieu';

type Culture = 'kinh-north' | 'kinh-central' | 'hmong' | 'thai' | 'tay-dao';

interface CultureNames {
  family: WeightedTable<string>;
  middle: Record<Gender, WeightedTable<string>>;
  given: Record<Gender, readonly string[]>;
}

const KINH_MALE_GIVEN = [
  'Hùng', 'Dũng', 'Tuấn', 'Hải', 'Long', 'Nam', 'Thắng', 'Cường', 'Hưng', 'Sơn', 'Tùng', 'Phong', 'Quân', 'Khánh',
  'Huy', 'Hoàng', 'Trung', 'Thành', 'Đạt', 'Bình', 'Hiếu', 'Lâm', 'Tâm', 'Kiên', 'Toàn', 'Vinh', 'Phúc', 'Lộc',
  'Quý', 'Thịnh', 'Chiến', 'Hòa', 'Tiến', 'Tú', 'Việt', 'Anh', 'Đức', 'Hân', 'Hoan', 'Khoa', 'Luân', 'Mạnh',
  'Nghĩa', 'Phương', 'Quang', 'Sang', 'Tài', 'Thái', 'Thọ', 'Thuận', 'Trí', 'Trọng', 'Tuyên', 'Vũ', 'Định',
  'Hậu', 'Hiển', 'Chung', 'Bảo', 'Công', 'Doanh', 'Giang', 'Hạnh', 'Khải', 'Lực', 'Ninh', 'Quyết', 'Thanh',
  'Thông', 'Tín', 'Trường', 'Tưởng', 'Văn', 'Xuân', 'Yên',
];
const KINH_FEMALE_GIVEN = [
  'Lan', 'Hoa', 'Hương', 'Hằng', 'Huyền', 'Mai', 'Linh', 'Ngọc', 'Trang', 'Thảo', 'Yến', 'Nhung', 'Hạnh', 'Loan',
  'Dung', 'Phương', 'Thủy', 'Hà', 'Vân', 'Nga', 'Oanh', 'Quyên', 'Thanh', 'Tâm', 'Thu', 'Hiền', 'Liên', 'Duyên',
  'Giang', 'Hồng', 'Lệ', 'Nhàn', 'Xuân', 'Ánh', 'Chi', 'Diệp', 'Huế', 'Lụa', 'Minh', 'My', 'Ngân', 'Nhi',
  'Phượng', 'Quỳnh', 'Sen', 'Thắm', 'Thoa', 'Thúy', 'Tình', 'Trinh', 'Uyên', 'Vy', 'Bích', 'Cúc', 'Đào', 'Gấm',
  'Hảo', 'Khuyên', 'Lý', 'Mận', 'Nguyệt', 'Tuyết',
];
const KINH_MALE_MIDDLE: Array<[string, number]> = [
  ['Văn', 30], ['Đức', 8], ['Minh', 8], ['Quang', 6], ['Hữu', 6], ['Công', 5], ['Xuân', 4], ['Thanh', 5],
  ['Ngọc', 4], ['Duy', 4], ['Tiến', 3], ['Mạnh', 3], ['Trung', 3], ['Đình', 5], ['Thế', 4], ['Anh', 3],
  ['Quốc', 4], ['Viết', 2], ['Bá', 2], ['Hoàng', 3], ['Trọng', 3], ['Kim', 1],
];
const KINH_FEMALE_MIDDLE: Array<[string, number]> = [
  ['Thị', 55], ['Thu', 6], ['Ngọc', 5], ['Thanh', 5], ['Minh', 3], ['Kim', 3], ['Thùy', 4], ['Phương', 3],
  ['Hồng', 3], ['Bích', 2], ['Mỹ', 2], ['Thúy', 2], ['Hải', 2], ['Diệu', 1], ['Khánh', 1], ['Hoài', 1], ['Quỳnh', 2],
];

const CULTURES: Record<Culture, CultureNames> = {
  'kinh-north': {
    family: new WeightedTable([
      ['Nguyễn', 36], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Vũ', 5], ['Đặng', 2.5], ['Bùi', 2.5],
      ['Đỗ', 2.5], ['Hồ', 1], ['Ngô', 1.5], ['Dương', 1.2], ['Lý', 0.6], ['Phan', 2], ['Đinh', 1.5], ['Trịnh', 1],
      ['Đào', 1.2], ['Mai', 0.6], ['Cao', 0.6], ['Lương', 0.6], ['Hà', 0.8], ['Tạ', 0.4], ['Chu', 0.4], ['Lưu', 0.4],
      ['Kiều', 0.3], ['Khuất', 0.2],
    ]),
    middle: { MALE: new WeightedTable(KINH_MALE_MIDDLE), FEMALE: new WeightedTable(KINH_FEMALE_MIDDLE) },
    given: { MALE: KINH_MALE_GIVEN, FEMALE: KINH_FEMALE_GIVEN },
  },
  'kinh-central': {
    family: new WeightedTable([
      ['Nguyễn', 32], ['Trần', 10], ['Lê', 9], ['Phạm', 6], ['Huỳnh', 6], ['Võ', 7], ['Phan', 5], ['Hoàng', 2],
      ['Trương', 3], ['Đặng', 2], ['Bùi', 1.5], ['Đỗ', 1.5], ['Hồ', 2.5], ['Ngô', 2], ['Dương', 1], ['Lý', 0.5],
      ['Vũ', 1], ['Đoàn', 1.2], ['Châu', 0.6], ['Lương', 0.8], ['Thái', 0.6], ['Mai', 0.6], ['Tô', 0.4], ['Lâm', 0.5],
    ]),
    middle: { MALE: new WeightedTable(KINH_MALE_MIDDLE), FEMALE: new WeightedTable(KINH_FEMALE_MIDDLE) },
    given: { MALE: KINH_MALE_GIVEN, FEMALE: KINH_FEMALE_GIVEN },
  },
  hmong: {
    family: new WeightedTable([
      ['Giàng', 18], ['Vàng', 16], ['Sùng', 14], ['Thào', 14], ['Lầu', 8], ['Mùa', 8], ['Hạng', 6], ['Lý', 6],
      ['Chá', 3], ['Hờ', 3], ['Tráng', 3], ['Cứ', 2],
    ]),
    middle: { MALE: new WeightedTable([['A', 80], ['Văn', 20]]), FEMALE: new WeightedTable([['Thị', 100]]) },
    given: {
      MALE: ['Sử', 'Chứ', 'Páo', 'Dế', 'Chúa', 'Lử', 'Sình', 'Pó', 'Vảng', 'Tủa', 'Dình', 'Chá', 'Súa', 'Tráng', 'Chư',
        'Di', 'Nhà', 'Phử', 'Thề', 'Tòng', 'Vư', 'Xá', 'Sang', 'Giông', 'Chía', 'Dờ', 'Lồng', 'Khua', 'Minh', 'Thái'],
      FEMALE: ['Mỷ', 'Dợ', 'Mai', 'Say', 'Pà', 'Sua', 'Chở', 'Mua', 'Dính', 'Máy', 'Xía', 'Chừ', 'Dua', 'Lia', 'Mỉ',
        'Pằng', 'Sủa', 'Vá', 'Dung', 'Nhìa', 'Ninh', 'Sông'],
    },
  },
  thai: {
    family: new WeightedTable([
      ['Lò', 22], ['Quàng', 16], ['Lường', 16], ['Cà', 10], ['Tòng', 8], ['Lù', 6], ['Điêu', 6], ['Bạc', 5], ['Vì', 5],
    ]),
    middle: { MALE: new WeightedTable([['Văn', 100]]), FEMALE: new WeightedTable([['Thị', 100]]) },
    given: {
      MALE: ['Inh', 'Xôm', 'Ún', 'Pẩng', 'Thoan', 'Kiên', 'Hặc', 'Phóng', 'Piếng', 'Chiến', 'Biên', 'Dương', 'Hom',
        'Khiêm', 'Nọi', 'Phong', 'Thanh', 'Tiến', 'Ương', 'Xuân', 'Hưởng', 'Ngoan'],
      FEMALE: ['Hoa', 'Ín', 'Ban', 'Lả', 'Ngân', 'Xuân', 'Phương', 'Hương', 'Hiên', 'Khuyên', 'Lan', 'Muôn', 'Ngoan',
        'Ỏn', 'Pọm', 'Thiên', 'Xiêng', 'Yêu', 'Đôi', 'Panh'],
    },
  },
  'tay-dao': {
    family: new WeightedTable([
      ['Hoàng', 14], ['Vi', 12], ['Nông', 8], ['Lý', 8], ['Lỷ', 6], ['Tằng', 6], ['Chíu', 5], ['Sằn', 4], ['Voòng', 4],
      ['Triệu', 6], ['Bàn', 5], ['Đặng', 5], ['Lục', 3], ['La', 3], ['Chìu', 3], ['Dìu', 2],
    ]),
    middle: { MALE: new WeightedTable([['Văn', 70], ['A', 10], ['Tài', 10], ['Quốc', 10]]), FEMALE: new WeightedTable([['Thị', 100]]) },
    given: {
      MALE: ['Sáng', 'Phúc', 'Tài', 'Sinh', 'Lìn', 'Hồng', 'Nhì', 'Sộ', 'Thắng', 'Quang', 'Hưng', 'Minh', 'Lâm', 'Sầu',
        'Cường', 'Chắn', 'Phát', 'Nam', 'Thịnh', 'Vượng', 'Hải', 'Cáng'],
      FEMALE: ['Mai', 'Thu', 'Lan', 'Hạnh', 'Liên', 'Vân', 'Mùi', 'Phấn', 'Nhung', 'Huyền', 'Hoa', 'Sim', 'Dần', 'Sáu',
        'Lìu', 'Ngọc', 'Hiền', 'Thoa'],
    },
  },
};

const REGION_CULTURES: Record<NameRegion, WeightedTable<Culture>> = {
  north: new WeightedTable([['kinh-north', 1]]),
  central: new WeightedTable([['kinh-central', 1]]),
  dienbien: new WeightedTable([['hmong', 55], ['thai', 10], ['kinh-north', 35]]),
  binhlieu: new WeightedTable([['tay-dao', 60], ['kinh-north', 40]]),
};

export function personName(rng: Rng, region: NameRegion, gender: Gender): string {
  const culture = CULTURES[REGION_CULTURES[region].pick(rng)];
  const family = culture.family.pick(rng);
  const middle = culture.middle[gender].pick(rng);
  const given = rng.pick(culture.given[gender]);
  return `${family} ${middle} ${given}`;
}

/** Share of women among members of a region. */
export const FEMALE_SHARE: Record<NameRegion, number> = {
  north: 0.42,
  central: 0.41,
  dienbien: 0.34,
  binhlieu: 0.38,
};
