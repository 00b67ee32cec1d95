import { communeCells, grassrootsCell, grassrootsCommittee, province, spread, superior, type CommuneExtra, type CommuneUnit, type OrgPlan, type ProvincePlan } from './plan.js';
import { PROVINCE_CODES } from './demo-plan.js';
import { Rng } from './random.js';

/**
 * Generated organisations for volume: "filler" districts that scale the demo, and benchmark
 * provinces. Names are plausible but invented.
 */

const KINH_SYLLABLES = [
  'An', 'Bình', 'Hòa', 'Phú', 'Tân', 'Thanh', 'Hưng', 'Long', 'Phúc', 'Quang', 'Minh', 'Đông', 'Tây', 'Nam', 'Bắc', 'Xuân',
  'Thịnh', 'Lộc', 'Thái', 'Sơn', 'Hà', 'Trung', 'Lạc', 'Nghĩa', 'Hiệp', 'Thuận', 'Đức', 'Thủy', 'Lâm', 'Mỹ', 'Vĩnh', 'Cẩm',
  'Hồng', 'Kim', 'Ngọc', 'Yên', 'Tiên', 'Văn', 'Đại', 'Quế', 'Định', 'Hải', 'Liên', 'Phong', 'Thắng', 'Tiến', 'Vân', 'Khánh',
];
const HIGHLAND_FIRST = ['Huổi', 'Nậm', 'Pá', 'Phiêng', 'Sín', 'Tả', 'Xá', 'Mường', 'Nà', 'Pú', 'Hua', 'Co', 'Kẻ', 'Chăn', 'Na', 'Háng', 'Tìa', 'Pa'];
const HIGHLAND_SECOND = ['Sang', 'Lúm', 'Chải', 'Hộ', 'Pao', 'Nhè', 'Tỉnh', 'Pho', 'Lay', 'Cang', 'Thin', 'Sái', 'Ly', 'Dìn', 'Khoang', 'Chua', 'Mò', 'Phăng'];

/** `count` distinct two-syllable place names. */
function placeNames(rng: Rng, count: number, highland: boolean, taken = new Set<string>()): string[] {
  const first = highland ? HIGHLAND_FIRST : KINH_SYLLABLES;
  const second = highland ? HIGHLAND_SECOND : KINH_SYLLABLES;
  const out: string[] = [];
  for (let attempt = 0; out.length < count; attempt++) {
    const a = rng.pick(first);
    const b = rng.pick(second);
    let name = a === b ? `${a} Thượng` : `${a} ${b}`;
    // Enough distinct pairs for a province; past that, number them as real registers do.
    if (attempt > count * 20) name = `${name} ${attempt}`;
    if (taken.has(name)) continue;
    taken.add(name);
    out.push(name);
  }
  return out;
}

const EXTRA_SETS: CommuneExtra[][] = [
  ['coquan', 'quansu', 'congan', 'thcs'],
  ['coquan', 'quansu', 'congan', 'thcs', 'tieuhoc'],
  ['coquan', 'quansu', 'congan', 'thcs', 'tieuhoc', 'mamnon', 'tramyte'],
];

/** A commune, ward or town committee with `cells` cells (villages and its institutions). */
function genericCommune(rng: Rng, code: string, unit: CommuneUnit, place: string, cells: number, highland: boolean): OrgPlan {
  const extras = rng.pick(EXTRA_SETS).slice(0, Math.max(2, cells - 3));
  const villageCount = cells - extras.length;
  let villageWord: string;
  let villages: string[];
  if (unit === 'xã') {
    villageWord = highland ? 'bản' : 'thôn';
    villages = placeNames(rng, villageCount, highland);
  } else {
    villageWord = 'tổ dân phố';
    villages = Array.from({ length: villageCount }, (_, i) => `số ${i + 1}`);
  }
  return grassrootsCommittee(code, `Đảng bộ ${unit} ${place}`, communeCells(unit, place, villageWord, villages, extras));
}

// ------------------------------------------------------------------ filler districts

const FILLER_DISTRICTS: Record<string, Array<[string, 'DISTRICT' | 'TOWN' | 'CITY']>> = {
  [PROVINCE_CODES.dienBien]: [['huyện Mường Chà', 'DISTRICT'], ['huyện Tuần Giáo', 'DISTRICT'], ['huyện Điện Biên Đông', 'DISTRICT'], ['huyện Mường Nhé', 'DISTRICT'], ['huyện Nậm Pồ', 'DISTRICT'], ['huyện Mường Ảng', 'DISTRICT'], ['huyện Điện Biên', 'DISTRICT'], ['thị xã Mường Lay', 'TOWN']],
  [PROVINCE_CODES.vinhPhuc]: [['huyện Bình Xuyên', 'DISTRICT'], ['huyện Tam Dương', 'DISTRICT'], ['huyện Tam Đảo', 'DISTRICT'], ['huyện Lập Thạch', 'DISTRICT'], ['huyện Sông Lô', 'DISTRICT'], ['huyện Vĩnh Tường', 'DISTRICT'], ['huyện Yên Lạc', 'DISTRICT'], ['thành phố Phúc Yên', 'CITY']],
  [PROVINCE_CODES.quangNinh]: [['huyện Tiên Yên', 'DISTRICT'], ['huyện Đầm Hà', 'DISTRICT'], ['huyện Ba Chẽ', 'DISTRICT'], ['huyện Vân Đồn', 'DISTRICT'], ['huyện Cô Tô', 'DISTRICT'], ['thị xã Quảng Yên', 'TOWN'], ['thị xã Đông Triều', 'TOWN']],
  [PROVINCE_CODES.quangNam]: [['huyện Núi Thành', 'DISTRICT'], ['huyện Phú Ninh', 'DISTRICT'], ['huyện Thăng Bình', 'DISTRICT'], ['huyện Quế Sơn', 'DISTRICT'], ['huyện Duy Xuyên', 'DISTRICT'], ['huyện Đại Lộc', 'DISTRICT'], ['thị xã Điện Bàn', 'TOWN']],
  [PROVINCE_CODES.phuTho]: [['huyện Lâm Thao', 'DISTRICT'], ['huyện Phù Ninh', 'DISTRICT'], ['huyện Thanh Ba', 'DISTRICT'], ['huyện Hạ Hòa', 'DISTRICT'], ['huyện Cẩm Khê', 'DISTRICT'], ['huyện Tam Nông', 'DISTRICT'], ['huyện Thanh Thủy', 'DISTRICT'], ['thị xã Phú Thọ', 'TOWN']],
  [PROVINCE_CODES.daNang]: [['quận Thanh Khê', 'DISTRICT'], ['quận Sơn Trà', 'DISTRICT'], ['quận Ngũ Hành Sơn', 'DISTRICT'], ['quận Liên Chiểu', 'DISTRICT'], ['quận Cẩm Lệ', 'DISTRICT'], ['huyện Hòa Vang', 'DISTRICT']],
};

/** Members added per unit of scale above 1. */
export const FILLER_MEMBERS_PER_SCALE = 10_000;
const FILLER_DISTRICT_MEMBERS = 2_500;
const FILLER_COMMUNES = 10;

/**
 * Districts that make the demo bigger: (scale − 1) × 10,000 members in districts of about
 * 2,500, dealt round the six provinces. They exist before 2025 and are restructured with the rest.
 */
export function fillerDistricts(provinces: readonly ProvincePlan[], scale: number): Map<string, OrgPlan[]> {
  const total = Math.round((scale - 1) * FILLER_MEMBERS_PER_SCALE);
  const out = new Map<string, OrgPlan[]>(provinces.map((p) => [p.code, []]));
  if (total <= 0) return out;
  const count = Math.max(1, Math.round(total / FILLER_DISTRICT_MEMBERS));
  const sizes = spread(total, Array.from({ length: count }, () => 1));
  for (let i = 0; i < count; i++) {
    const prov = provinces[i % provinces.length]!;
    const n = Math.floor(i / provinces.length);
    const known = FILLER_DISTRICTS[prov.code] ?? [];
    const [label, sector] = known[n] ?? [`huyện Thử nghiệm ${n + 1 - known.length}`, 'DISTRICT' as const];
    const prefix = prov.code.split('-')[0];
    const code = `${prefix}-F${String(n + 1).padStart(3, '0')}`;
    const rng = new Rng(`filler:${code}`);
    const highland = prov.names === 'dienbien' || prov.names === 'binhlieu';
    const unit: CommuneUnit = sector === 'DISTRICT' && !label.startsWith('quận') ? 'xã' : 'phường';
    const places = placeNames(rng, FILLER_COMMUNES, false);
    const communes = places.map((place, j) =>
      genericCommune(rng, `${code}-X${String(j + 1).padStart(2, '0')}`, j === 0 && unit === 'xã' ? 'thị trấn' : unit, place, rng.int(8, 12), highland),
    );
    const cells = [
      grassrootsCell(`Chi bộ Phòng Giáo dục và Đào tạo ${label}`, 'AGENCY', { weight: 0.5 }),
      grassrootsCell(`Chi bộ Trung tâm Y tế ${label}`, 'PUBLIC_SERVICE', { weight: 0.6 }),
    ];
    const founded = prov.foundedOn! > '1997-01-01' ? prov.foundedOn! : '1997-01-01';
    out.get(prov.code)!.push(superior(code, `Đảng bộ ${label}`, sector, founded, [...communes, ...cells], sizes[i]));
  }
  return out;
}

// ------------------------------------------------------------------ benchmark province

export const BENCHMARK_COMMITTEES = 200;

/** How a benchmark province is cut: its grassroots committees and the cells of each (inclusive range). */
export interface BenchmarkShape {
  committees: number;
  cells: [number, number];
}

/**
 * One province in the post-2025 shape: about 200 commune and ward committees directly under
 * it, 15–25 cells each, `members` members today in all (or as `shape` says: the national
 * benchmark's provinces have about 1,530 committees of about 5 cells).
 */
export function benchmarkPlan(members: number, code: string, shape?: BenchmarkShape): ProvincePlan {
  const rng = new Rng(`bench:${code}`);
  const committees = shape?.committees ?? Math.max(1, Math.min(BENCHMARK_COMMITTEES, Math.floor(members / 500)));
  const [fewest, most] = shape?.cells ?? [15, 25];
  const places = placeNames(rng, committees, false);
  const children = places.map((place, i) =>
    genericCommune(rng, `${code}-X${String(i + 1).padStart(3, '0')}`, rng.chance(0.3) ? 'phường' : 'xã', place, rng.int(fewest, most), false),
  );
  const label = members % 1000 === 0 ? `${members / 1000}k` : String(members);
  const plan = province(code, `Đảng bộ tỉnh Thử nghiệm ${label}`, '1997-01-01', '', 'north', children);
  plan.members = members;
  return plan;
}
