import { PROVINCE_CODES } from './demo-plan.js';
import { province, slug, type ProvincePlan } from './plan.js';

/**
 * The country as it stood: 63 provinces and centrally-run cities until 30 June 2025, 34 from
 * 1 July 2025 (Resolution 202/2025/QH15 of the National Assembly; the party committees followed
 * the same lines). The seeds' provinces are planned in detail in demo-plan.ts; every other one is
 * a thin tree, its provincial committee alone, so that a leader at national level sees the
 * country's real list of provinces on any date while the demo starts in seconds.
 */

interface ProvinceLine {
  /** Short prefix of the code ("HN" gives "HN-HANOI"). */
  abbr: string;
  /** "tỉnh" or "thành phố" and the name. */
  name: string;
  foundedOn: string;
  /** The province it was merged into on 1 July 2025 (by its name here), if any. */
  into?: string;
}

/** Provinces re-established in 1997 and 2004 carry those dates; the others the 1976 reunification. */
const REUNIFIED = '1976-07-02';

const LINES: ProvinceLine[] = [
  // The 11 provinces and cities that were not merged.
  { abbr: 'HN', name: 'thành phố Hà Nội', foundedOn: REUNIFIED },
  // Thừa Thiên Huế until 2025, a centrally-run city since: named as it is today.
  { abbr: 'HUE', name: 'thành phố Huế', foundedOn: '1989-07-01' },
  { abbr: 'LCH', name: 'tỉnh Lai Châu', foundedOn: '2004-01-01' },
  { abbr: 'SL', name: 'tỉnh Sơn La', foundedOn: REUNIFIED },
  { abbr: 'LS', name: 'tỉnh Lạng Sơn', foundedOn: REUNIFIED },
  { abbr: 'TH', name: 'tỉnh Thanh Hóa', foundedOn: REUNIFIED },
  { abbr: 'NA', name: 'tỉnh Nghệ An', foundedOn: '1991-08-12' },
  { abbr: 'HT', name: 'tỉnh Hà Tĩnh', foundedOn: '1991-08-12' },
  { abbr: 'CB', name: 'tỉnh Cao Bằng', foundedOn: '1978-12-29' },
  // The 23 provinces that absorbed others on 1 July 2025, each followed by those merged into it.
  { abbr: 'TQ', name: 'tỉnh Tuyên Quang', foundedOn: '1991-08-12' },
  { abbr: 'HG', name: 'tỉnh Hà Giang', foundedOn: '1991-08-12', into: 'tỉnh Tuyên Quang' },
  { abbr: 'LCA', name: 'tỉnh Lào Cai', foundedOn: '1991-08-12' },
  { abbr: 'YB', name: 'tỉnh Yên Bái', foundedOn: '1991-08-12', into: 'tỉnh Lào Cai' },
  { abbr: 'TNG', name: 'tỉnh Thái Nguyên', foundedOn: '1997-01-01' },
  { abbr: 'BK', name: 'tỉnh Bắc Kạn', foundedOn: '1997-01-01', into: 'tỉnh Thái Nguyên' },
  { abbr: 'HB', name: 'tỉnh Hòa Bình', foundedOn: '1991-10-01', into: 'tỉnh Phú Thọ' },
  { abbr: 'BN', name: 'tỉnh Bắc Ninh', foundedOn: '1997-01-01' },
  { abbr: 'BG', name: 'tỉnh Bắc Giang', foundedOn: '1997-01-01', into: 'tỉnh Bắc Ninh' },
  { abbr: 'HY', name: 'tỉnh Hưng Yên', foundedOn: '1997-01-01' },
  { abbr: 'TB', name: 'tỉnh Thái Bình', foundedOn: REUNIFIED, into: 'tỉnh Hưng Yên' },
  { abbr: 'HP', name: 'thành phố Hải Phòng', foundedOn: REUNIFIED },
  { abbr: 'HD', name: 'tỉnh Hải Dương', foundedOn: '1997-01-01', into: 'thành phố Hải Phòng' },
  { abbr: 'NB', name: 'tỉnh Ninh Bình', foundedOn: '1992-04-01' },
  { abbr: 'HNA', name: 'tỉnh Hà Nam', foundedOn: '1997-01-01', into: 'tỉnh Ninh Bình' },
  { abbr: 'ND', name: 'tỉnh Nam Định', foundedOn: '1997-01-01', into: 'tỉnh Ninh Bình' },
  { abbr: 'QT', name: 'tỉnh Quảng Trị', foundedOn: '1989-07-01' },
  { abbr: 'QB', name: 'tỉnh Quảng Bình', foundedOn: '1989-07-01', into: 'tỉnh Quảng Trị' },
  { abbr: 'QNG', name: 'tỉnh Quảng Ngãi', foundedOn: '1989-07-01' },
  { abbr: 'KT', name: 'tỉnh Kon Tum', foundedOn: '1991-08-12', into: 'tỉnh Quảng Ngãi' },
  { abbr: 'GL', name: 'tỉnh Gia Lai', foundedOn: '1991-08-12' },
  { abbr: 'BD', name: 'tỉnh Bình Định', foundedOn: '1989-07-01', into: 'tỉnh Gia Lai' },
  { abbr: 'KH', name: 'tỉnh Khánh Hòa', foundedOn: '1989-07-01' },
  { abbr: 'NT', name: 'tỉnh Ninh Thuận', foundedOn: '1992-04-01', into: 'tỉnh Khánh Hòa' },
  { abbr: 'LD', name: 'tỉnh Lâm Đồng', foundedOn: REUNIFIED },
  { abbr: 'DNO', name: 'tỉnh Đắk Nông', foundedOn: '2004-01-01', into: 'tỉnh Lâm Đồng' },
  { abbr: 'BTH', name: 'tỉnh Bình Thuận', foundedOn: '1991-10-01', into: 'tỉnh Lâm Đồng' },
  { abbr: 'DL', name: 'tỉnh Đắk Lắk', foundedOn: '2004-01-01' },
  { abbr: 'PY', name: 'tỉnh Phú Yên', foundedOn: '1989-07-01', into: 'tỉnh Đắk Lắk' },
  { abbr: 'HCM', name: 'Thành phố Hồ Chí Minh', foundedOn: REUNIFIED },
  { abbr: 'BDU', name: 'tỉnh Bình Dương', foundedOn: '1997-01-01', into: 'Thành phố Hồ Chí Minh' },
  { abbr: 'BRVT', name: 'tỉnh Bà Rịa - Vũng Tàu', foundedOn: '1991-10-01', into: 'Thành phố Hồ Chí Minh' },
  { abbr: 'DNA', name: 'tỉnh Đồng Nai', foundedOn: REUNIFIED },
  { abbr: 'BP', name: 'tỉnh Bình Phước', foundedOn: '1997-01-01', into: 'tỉnh Đồng Nai' },
  { abbr: 'TNI', name: 'tỉnh Tây Ninh', foundedOn: REUNIFIED },
  { abbr: 'LA', name: 'tỉnh Long An', foundedOn: REUNIFIED, into: 'tỉnh Tây Ninh' },
  { abbr: 'CT', name: 'thành phố Cần Thơ', foundedOn: '2004-01-01' },
  { abbr: 'ST', name: 'tỉnh Sóc Trăng', foundedOn: '1992-04-01', into: 'thành phố Cần Thơ' },
  { abbr: 'HGI', name: 'tỉnh Hậu Giang', foundedOn: '2004-01-01', into: 'thành phố Cần Thơ' },
  { abbr: 'VL', name: 'tỉnh Vĩnh Long', foundedOn: '1992-04-01' },
  { abbr: 'BT', name: 'tỉnh Bến Tre', foundedOn: REUNIFIED, into: 'tỉnh Vĩnh Long' },
  { abbr: 'TV', name: 'tỉnh Trà Vinh', foundedOn: '1992-04-01', into: 'tỉnh Vĩnh Long' },
  { abbr: 'DT', name: 'tỉnh Đồng Tháp', foundedOn: REUNIFIED },
  { abbr: 'TG', name: 'tỉnh Tiền Giang', foundedOn: REUNIFIED, into: 'tỉnh Đồng Tháp' },
  { abbr: 'CM', name: 'tỉnh Cà Mau', foundedOn: '1997-01-01' },
  { abbr: 'BL', name: 'tỉnh Bạc Liêu', foundedOn: '1997-01-01', into: 'tỉnh Cà Mau' },
  { abbr: 'AG', name: 'tỉnh An Giang', foundedOn: REUNIFIED },
  { abbr: 'KG', name: 'tỉnh Kiên Giang', foundedOn: REUNIFIED, into: 'tỉnh An Giang' },
];

/** The seeds' provinces, planned in detail, by the name used in `into`. */
const DETAILED: Record<string, { code: string; into?: string }> = {
  'tỉnh Điện Biên': { code: PROVINCE_CODES.dienBien },
  'tỉnh Quảng Ninh': { code: PROVINCE_CODES.quangNinh },
  'tỉnh Phú Thọ': { code: PROVINCE_CODES.phuTho },
  'tỉnh Vĩnh Phúc': { code: PROVINCE_CODES.vinhPhuc, into: 'tỉnh Phú Thọ' },
  'thành phố Đà Nẵng': { code: PROVINCE_CODES.daNang },
  'tỉnh Quảng Nam': { code: PROVINCE_CODES.quangNam, into: 'thành phố Đà Nẵng' },
};

export const PROVINCES_BEFORE_2025 = 63;
export const PROVINCES_FROM_2025 = 34;

function codeOf(line: ProvinceLine): string {
  return `${line.abbr}-${slug(line.name.replace(/^(tỉnh|thành phố|Thành phố) /, ''))}`;
}

/** The 57 provinces beyond the seeds' six, as thin trees. */
export function thinProvinces(): ProvincePlan[] {
  return LINES.map((line) => province(codeOf(line), `Đảng bộ ${line.name}`, line.foundedOn, '', 'north', []));
}

/** Every merger of 1 July 2025 as [source code, target code], the seeds' two included. */
export function countryMergers(): Array<[string, string]> {
  const byName = new Map<string, string>([...LINES.map((l) => [l.name, codeOf(l)] as const), ...Object.entries(DETAILED).map(([name, d]) => [name, d.code] as const)]);
  const out: Array<[string, string]> = [];
  for (const d of Object.values(DETAILED)) if (d.into) out.push([d.code, byName.get(d.into)!]);
  for (const line of LINES) {
    if (!line.into) continue;
    const target = byName.get(line.into);
    if (!target) throw new Error(`${line.name}: no province ${line.into}`);
    out.push([codeOf(line), target]);
  }
  const before = LINES.length + Object.keys(DETAILED).length;
  if (before !== PROVINCES_BEFORE_2025 || before - out.length !== PROVINCES_FROM_2025) {
    throw new Error(`The country plan has ${before} provinces and ${out.length} mergers, not 63 and 29`);
  }
  return out;
}
