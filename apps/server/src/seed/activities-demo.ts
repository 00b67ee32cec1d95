/**
 * Demo cell activities from January 2023 to the last month before today: meetings with their
 * attendance and guests, oversight assignments, recommendations, members' commitments and awards,
 * for the cells of the seed articles and their neighbours (DOMAIN.md, "Cell meetings" and
 * "Figures from the seeds"):
 * - every cell of the Provincial Agencies Bloc (QN-KCCQ, the 2 pilot cells moved to the enterprise
 *   bloc included); its Food Safety department cell in 2023: 12 meetings, 7 of them thematic
 *   (regular with a thematic part), all rated good, its 10 members on the roll;
 * - Định Trung ward (Vĩnh Yên): attendance rising from under 70% (early 2023, daytime meetings)
 *   to over 98% (late 2025) as its residential cells move their meetings to the evening;
 * - Tân Thạnh ward (Tam Kỳ) with the Trường Đông block cell: the September 2024 meeting with 90%
 *   attendance and the city secretary attending under her oversight assignment, and the stalled
 *   north-west urban project escalated to the city;
 * - Tủa Chùa town, Lục Hồn commune and the Hà Lầm coal company (seed 002's initiatives).
 * Every derived column is computed with the rules the meeting service applies (meetingFacts,
 * excusedStreaks, the roll: membership covering the date and ACTIVE on it; the quality column with
 * scoreAssessment on the demo meeting-quality sheet, without assessment rows behind it) and the
 * rows are written with multi-row INSERTs in one transaction. Deterministic (seed/random.ts).
 */
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import {
  addDays,
  DEFAULT_OUTCOME_RULES,
  excusedStreaks,
  isRegularMeeting,
  isThematicMeeting,
  meetingFacts,
  meetingQualityOf,
  minimumDurationMinutes,
  scoreAssessment,
  type AttendanceStatus,
  type CriteriaTableDef,
  type MeetingKind,
  type MeetingQuality,
  type MeetingWindow,
  type ScoreEntry,
} from '@fourgood/rules';
import { dayNumber } from './calendar.js';
import { dialectOfOrm, timestampValue, type Dialect } from './bulk-writer.js';
import { SEEDED_AT } from './generate.js';
import { personName, type NameRegion } from './names.js';
import { Rng } from './random.js';

/** The first month with recorded meetings. */
const ACTIVITIES_FROM = '2023-01';
/** Terms of the grassroots committees: assignments are renewed after the 2025 congresses and restructure. */
const NEW_TERM_ON = '2025-07-01';
/** Commitments and awards are demo data for the model period 2023–2025. */
const COMPETITION_YEARS = [2023, 2024, 2025];

type Value = string | number | boolean | null;

// ------------------------------------------------------------------ which cells

type GroupKey = 'bloc' | 'dinhTrung' | 'tanThanh' | 'tuaChuaTown' | 'lucHon' | 'haLam';

interface Group {
  key: GroupKey;
  /** Organisation code of the subtree (the cells' codes start with it). */
  code: string;
  region: NameRegion;
}

const GROUPS: Group[] = [
  { key: 'bloc', code: 'QN-KCCQ', region: 'north' },
  { key: 'dinhTrung', code: 'VP-VINHYEN-DINHTRUNG', region: 'north' },
  { key: 'tanThanh', code: 'QNA-TAMKY-TANTHANH', region: 'central' },
  { key: 'tuaChuaTown', code: 'DB-TUACHUA-THITRAN', region: 'dienbien' },
  { key: 'lucHon', code: 'QN-BINHLIEU-LUCHON', region: 'binhlieu' },
  { key: 'haLam', code: 'QN-KDN-HALAM', region: 'north' },
];

const FOOD_SAFETY_NAME = 'Chi bộ Phòng Quản lý an toàn thực phẩm';
const TRUONG_DONG_NAME = 'Chi bộ khối phố Trường Đông';
/** Seed 003: the regular meeting of early September 2024. */
const TRUONG_DONG_MEETING = '2024-09-05';
/** Seed 003: the provincial secretary's working session with the cell the same week. */
const TRUONG_DONG_SESSION = '2024-09-07';
/** Seed 004: the months of 2023 whose regular meeting had a thematic part (7 of 12). */
const FOOD_SAFETY_THEMATIC_MONTHS_2023 = new Set([2, 3, 5, 6, 8, 10, 11]);

interface Link {
  path: string;
  from: string;
  /** Exclusive; null while open. */
  to: string | null;
}

interface Tenure {
  memberId: number;
  fullName: string;
  position: string;
  from: string;
  to: string | null;
}

interface Cell {
  id: number;
  code: string;
  name: string;
  cellType: string;
  group: Group;
  /** Today's path and root: what the services store on assignments and the other rows. */
  path: string;
  rootId: number;
  links: Link[];
  window: MeetingWindow | null;
  tenures: Tenure[];
  residential: boolean;
}

interface OrgInfo {
  id: number;
  code: string;
  name: string;
  kind: string;
}

// ------------------------------------------------------------------ generated rows

interface MeetingRow {
  id: number;
  cell: Cell;
  kind: MeetingKind;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  topic: string | null;
  draftResolution: boolean;
  fullMinutes: boolean;
  notes: string | null;
  orgPath: string;
  eligible: number;
  present: number;
  excused: number;
  unexcused: number;
  durationMinutes: number;
  evening: boolean;
  inWindow: boolean | null;
  quality: MeetingQuality | null;
  /** Indexes into the attendance list. */
  attendanceFrom: number;
  attendanceTo: number;
}

interface AttendanceRow {
  meeting: MeetingRow;
  memberId: number;
  fullName: string;
  status: AttendanceStatus;
  reason: string | null;
  streak: number;
}

interface AssignmentRow {
  id: number;
  cell: Cell;
  committeeId: number;
  memberId: number | null;
  fullName: string;
  title: string;
  from: string;
  /** Inclusive; null while it runs. */
  to: string | null;
}

interface GuestRow {
  meeting: MeetingRow;
  assignment: AssignmentRow | null;
  fullName: string;
  title: string;
}

export interface ActivitiesSummary {
  millis: number;
  cells: number;
  rows: Record<'meeting' | 'attendance' | 'meeting_guest' | 'oversight_assignment' | 'recommendation' | 'member_commitment' | 'award', number>;
}

// ------------------------------------------------------------------ calendar

function months(fromMonth: string, toMonth: string): string[] {
  const out: string[] = [];
  let y = Number(fromMonth.slice(0, 4));
  let m = Number(fromMonth.slice(5, 7));
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > toMonth) return out;
    out.push(month);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
}

/** The month before `today`'s: the last one with meetings. */
function lastMonthBefore(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function dayOf(month: string, day: number): string {
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(date: string): number {
  return (dayNumber(date) + 4) % 7;
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function covers(from: string, to: string | null, date: string): boolean {
  return from <= date && (to === null || to > date);
}

function pathOn(cell: Cell, date: string): string | null {
  return cell.links.find((l) => covers(l.from, l.to, date))?.path ?? null;
}

function pathIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}

function smoothstep(x: number): number {
  const t = Math.min(1, Math.max(0, x));
  return t * t * (3 - 2 * t);
}

// ------------------------------------------------------------------ words

const EXCUSED_REASONS: Record<'residential' | 'work', string[]> = {
  residential: ['Ốm', 'Việc gia đình', 'Làm ca tại công ty', 'Đi làm ăn xa', 'Con ốm', 'Về quê có việc', 'Đi công tác', 'Tuổi cao, sức yếu', 'Đi viện'],
  work: ['Đi công tác', 'Ốm', 'Tập huấn nghiệp vụ', 'Trực cơ quan', 'Con ốm', 'Nghỉ phép', 'Việc gia đình', 'Đi học'],
};
const LONG_ABSENCE_REASONS = ['Ốm, điều trị dài ngày', 'Đi học tập trung dài hạn', 'Đi làm ăn xa', 'Nghỉ thai sản', 'Đi công tác dài ngày'];

const TOPICS = {
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

const INITIATIVES = [
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
const MINING_INITIATIVES = [
  'Cải tiến giá đỡ thủy lực lò chợ',
  'Hoàn thiện công nghệ lò chợ cơ giới hóa vỉa 7',
  'Giải pháp chống bục nước lò chuẩn bị',
  'Cải tiến hệ thống băng tải vận chuyển than',
  'Giải pháp thông gió cục bộ gương lò',
];

const RESOLVED_NOTES = [
  'Cấp trên đã xem xét, giải quyết; chi bộ đã thông tin lại cho đảng viên và nhân dân',
  'Đã bố trí kinh phí và hoàn thành trong năm',
  'Ủy ban nhân dân đã chỉ đạo các phòng chuyên môn giải quyết dứt điểm',
  'Đã hoàn thành; chi ủy kiểm tra và báo cáo kết quả tại kỳ sinh hoạt sau',
];
const DECLINED_NOTES = [
  'Không thuộc thẩm quyền; đã hướng dẫn gửi đến cơ quan có thẩm quyền giải quyết',
  'Chưa đủ điều kiện theo quy định hiện hành; cấp trên đã trả lời bằng văn bản',
  'Đơn giá đã được áp dụng đúng quy định của tỉnh; cấp trên đã giải thích cho đảng viên và nhân dân',
];

/** Recommendation texts by group; {unit} is the cell's place ("tổ dân phố Vị Thanh"). */
const RECOMMENDATIONS: Record<GroupKey, string[]> = {
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
const NORTH_WEST_PROJECT =
  'Đề nghị cấp trên sớm có giải pháp tháo gỡ vướng mắc, đẩy nhanh tiến độ dự án Khu đô thị mẫu Tây Bắc, ổn định đời sống người dân vùng dự án';

/**
 * The meeting-quality sheet of the demo (quality-demo.ts, guidance 12-HD/BTCTW): 5 × 20 points,
 * good from 90. The first four items are filled from the meeting as the metric rules do
 * (attendance above 85% with no absence without reason: all or nothing; duration: in proportion
 * to the minimum for the kind; draft resolution, full minutes: yes/no); the content is the
 * reviewer's judgement.
 */
const MEETING_SHEET: CriteriaTableDef = {
  model: 'MEETING_QUALITY',
  groups: [{ code: 'M', title: 'Chất lượng buổi sinh hoạt' }],
  items: [
    { code: 'M.1', groupCode: 'M', kind: 'SCORED', maxPoints: 20, text: 'Tỷ lệ đảng viên dự họp trên 85%, không có đảng viên vắng không lý do' },
    { code: 'M.2', groupCode: 'M', kind: 'SCORED', maxPoints: 20, text: 'Thời gian sinh hoạt ít nhất 90 phút (120 phút nếu có chuyên đề)' },
    { code: 'M.3', groupCode: 'M', kind: 'YES_NO', maxPoints: 20, text: 'Có dự thảo nghị quyết chuẩn bị trước' },
    { code: 'M.4', groupCode: 'M', kind: 'YES_NO', maxPoints: 20, text: 'Biên bản ghi đầy đủ' },
    { code: 'M.5', groupCode: 'M', kind: 'SCORED', maxPoints: 20, text: 'Nội dung thiết thực, nhiều ý kiến phát biểu' },
  ],
  outcome: DEFAULT_OUTCOME_RULES,
};

function meetingQuality(m: MeetingRow, content: number): MeetingQuality {
  const attended = m.eligible > 0 && m.present * 100 > 85 * m.eligible && m.unexcused === 0;
  const minimum = minimumDurationMinutes(m.kind);
  const entries: ScoreEntry[] = [
    { itemCode: 'M.1', points: attended ? 20 : 0 },
    { itemCode: 'M.2', points: Math.floor((2000 * Math.min(m.durationMinutes, minimum)) / minimum) / 100 },
    { itemCode: 'M.3', yes: m.draftResolution },
    { itemCode: 'M.4', yes: m.fullMinutes },
    { itemCode: 'M.5', points: content },
  ];
  return meetingQualityOf(scoreAssessment(MEETING_SHEET, entries).level);
}

/** "Chi bộ tổ dân phố Vị Thanh" → "tổ dân phố Vị Thanh". */
function unitOf(cell: Cell): string {
  return cell.name.replace(/^Chi bộ /, '');
}

function placeOf(cell: Cell): string {
  const unit = unitOf(cell);
  if (cell.residential) return `Nhà văn hóa ${unit}`;
  if (/^Trường /.test(unit)) return `Phòng Hội đồng ${unit}`;
  if (/^(Phân xưởng|Đội |Khoa )/.test(unit)) return `Phòng họp ${unit}`;
  return `Hội trường ${unit}`;
}

/** "Đảng bộ phường Định Trung" → "Đảng ủy phường Định Trung". */
function committeeBody(name: string): string {
  return name.replace(/^Đảng bộ /, 'Đảng ủy ');
}

// ------------------------------------------------------------------ the seed

export async function seedActivitiesDemo(orm: MikroORM, today: string): Promise<ActivitiesSummary> {
  const started = performance.now();
  const dialect = dialectOfOrm(orm);
  const read = orm.em.fork() as unknown as EntityManager;
  const lastMonth = lastMonthBefore(today);
  const from = `${ACTIVITIES_FROM}-01`;

  // ---------------------------------------------------------------- cells, links, members
  const cellRows = await read.execute<Array<{ id: number; code: string; name: string; cell_type: string; path: string; root_id: number }>>(
    `select id, code, name, cell_type, path, root_id from organization
     where kind in ('CELL', 'GRASSROOTS_CELL') and dissolved_on is null and (${GROUPS.map(() => 'code like ?').join(' or ')})
     order by id`,
    GROUPS.map((g) => `${g.code}-%`),
  );
  const cells: Cell[] = cellRows.map((r) => ({
    id: Number(r.id),
    code: r.code,
    name: r.name,
    cellType: r.cell_type,
    group: GROUPS.find((g) => r.code.startsWith(`${g.code}-`))!,
    path: r.path,
    rootId: Number(r.root_id),
    links: [],
    window: null,
    tenures: [],
    residential: r.cell_type === 'RESIDENTIAL',
  }));
  const cellById = new Map(cells.map((c) => [c.id, c]));
  const ids = cells.map((c) => c.id);
  const inList = (n: number) => new Array<string>(n).fill('?').join(',');

  for (const l of await read.execute<Array<{ organization_id: number; path: string; valid_from: string; valid_to: string | null }>>(
    `select organization_id, path, valid_from, valid_to from organization_link where organization_id in (${inList(ids.length)}) order by organization_id, valid_from`,
    ids,
  )) {
    cellById.get(Number(l.organization_id))!.links.push({
      path: l.path,
      from: isoDate(l.valid_from),
      to: l.valid_to === null ? null : isoDate(l.valid_to),
    });
  }
  for (const t of await read.execute<Array<{ member_id: number; organization_id: number; position: string; valid_from: string; valid_to: string | null; full_name: string }>>(
    `select ms.member_id, ms.organization_id, ms.position, ms.valid_from, ms.valid_to, m.full_name
     from membership ms join member m on m.id = ms.member_id
     where ms.organization_id in (${inList(ids.length)}) and (ms.valid_to is null or ms.valid_to > ?)
     order by ms.member_id, ms.valid_from`,
    [...ids, from],
  )) {
    cellById.get(Number(t.organization_id))!.tenures.push({
      memberId: Number(t.member_id),
      fullName: t.full_name,
      position: t.position,
      from: isoDate(t.valid_from),
      to: t.valid_to === null ? null : isoDate(t.valid_to),
    });
  }
  const active = new Map<number, Array<[string, string | null]>>();
  for (const s of await read.execute<Array<{ member_id: number; valid_from: string; valid_to: string | null }>>(
    `select s.member_id, s.valid_from, s.valid_to from member_status_period s
     where s.status = 'ACTIVE' and (s.valid_to is null or s.valid_to > ?)
       and s.member_id in (select ms.member_id from membership ms where ms.organization_id in (${inList(ids.length)}))`,
    [from, ...ids],
  )) {
    const list = active.get(Number(s.member_id)) ?? [];
    list.push([isoDate(s.valid_from), s.valid_to === null ? null : isoDate(s.valid_to)]);
    active.set(Number(s.member_id), list);
  }
  /** The members expected at a meeting of `cell` on `date`, as the meeting service reads them. */
  const rollOf = (cell: Cell, date: string): Tenure[] =>
    cell.tenures.filter((t) => covers(t.from, t.to, date) && (active.get(t.memberId) ?? []).some(([f, to]) => covers(f, to, date)));

  // Organisations above the cells (committees: oversight, escalation, awards).
  const aboveIds = [...new Set(cells.flatMap((c) => c.links.flatMap((l) => pathIds(l.path))))].filter((id) => !cellById.has(id));
  const orgs = new Map<number, OrgInfo>();
  for (const o of await read.execute<Array<{ id: number; code: string; name: string; kind: string }>>(
    `select id, code, name, kind from organization where id in (${inList(aboveIds.length)})`,
    aboveIds,
  )) {
    orgs.set(Number(o.id), { id: Number(o.id), code: o.code, name: o.name, kind: o.kind });
  }
  const orgByCode = (code: string) => [...orgs.values()].find((o) => o.code === code);
  /** Committees above the cell on `date`, nearest first (partial committees do not assign or receive). */
  const committeesOn = (cell: Cell, date: string): OrgInfo[] => {
    const path = pathOn(cell, date);
    if (!path) return [];
    return pathIds(path)
      .reverse()
      .map((id) => orgs.get(id))
      .filter((o): o is OrgInfo => !!o && (o.kind === 'GRASSROOTS_COMMITTEE' || o.kind === 'DIRECTLY_SUPERIOR_COMMITTEE' || o.kind === 'PROVINCIAL_COMMITTEE'));
  };

  const foodSafety = cells.find((c) => c.name === FOOD_SAFETY_NAME);
  const truongDong = cells.find((c) => c.name === TRUONG_DONG_NAME);
  if (!foodSafety || !truongDong) throw new Error('activities demo: the Food Safety or Trường Đông cell is missing');

  // ---------------------------------------------------------------- meeting windows
  // Days 4–10 (seed 001) on the residential and commune cells and most of the bloc's; a few
  // agency cells have not set one.
  for (const cell of cells) {
    const rng = new Rng(`window:${cell.code}`);
    cell.window = cell.group.key === 'bloc' && cell !== foodSafety && rng.chance(0.12) ? null : { fromDay: 4, toDay: 10 };
  }

  // ---------------------------------------------------------------- meetings and attendance
  const ids0 = await nextIds(read);
  let nextMeetingId = ids0.meeting;
  const meetings: MeetingRow[] = [];
  const attendance: AttendanceRow[] = [];
  const meetingsOf = new Map<Cell, MeetingRow[]>();
  const allMonths = months(ACTIVITIES_FROM, lastMonth);
  const startMonth = Number(ACTIVITIES_FROM.slice(0, 4)) * 12 + Number(ACTIVITIES_FROM.slice(5, 7)) - 1;
  const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - startMonth;
  /** Rated once the superior reviewed it: meetings of the last weeks are not rated yet. */
  const ratedBefore = addDays(today, -40);

  for (const cell of cells) {
    const rng = new Rng(`activities:${cell.code}`);
    const list: MeetingRow[] = [];
    meetingsOf.set(cell, list);
    const isFoodSafety = cell === foodSafety;
    const isTruongDong = cell === truongDong;
    const special = isFoodSafety || isTruongDong;
    /** The meetings whose figures the seeds quote: held by the book. */
    const byTheBook = (date: string) => (isFoodSafety && date < '2024-01-01') || (isTruongDong && (date === TRUONG_DONG_MEETING || date === TRUONG_DONG_SESSION));
    const work = cell.residential ? 'residential' : 'work';
    const dinhTrung = cell.group.key === 'dinhTrung';

    // The cell's habits.
    const baseRate =
      cell.residential ? rng.between(0.86, 0.95)
      : cell.cellType === 'ARMED_FORCES' ? rng.between(0.95, 0.99)
      : cell.cellType === 'ENTERPRISE' ? rng.between(0.88, 0.95)
      : rng.between(0.91, 0.98);
    const unexcusedShare = cell.residential ? rng.between(0.04, 0.14) : rng.between(0.01, 0.06);
    const contentBase = rng.between(8, 18.5);
    const draftShare = cell.residential ? rng.between(0.75, 0.97) : rng.between(0.85, 1);
    const minutesShare = rng.between(0.85, 1);
    const shortShare = rng.between(0, 0.12);
    const missed = new Set<string>();
    if (rng.chance(0.3)) {
      const n = rng.int(1, 3);
      for (let i = 0; i < n; i++) {
        const month = rng.pick(allMonths);
        if (!(isFoodSafety && month < '2024-01')) missed.add(month);
      }
    }
    // Định Trung's residential cells met in the daytime until they moved to the evening (seed 001).
    const eveningFrom = dinhTrung && cell.residential ? rng.int(2, 16) : cell.residential ? -1 : Number.POSITIVE_INFINITY;
    const eveningStart = rng.pick(['19:00', '19:30', '19:30', '20:00']);
    const dayStart = rng.pick(['07:30', '08:00', '14:00', '14:00', '14:30']);
    // Members who are often away, and a few long absences with reason. Otherwise nobody stays
    // away more than 3 meetings in a row: the cell committee follows them up.
    const weight = new Map<number, number>();
    const awayInARow = new Map<number, number>();
    for (const t of cell.tenures) weight.set(t.memberId, rng.chance(dinhTrung ? 0.3 : 0.15) ? 4 : 1);
    const longAbsences: Array<{ memberId: number; from: string; to: string; reason: string }> = [];
    if (!special && cell.tenures.length >= 4 && rng.chance(0.1)) {
      const t = rng.pick(cell.tenures);
      const start = rng.pick(allMonths.slice(0, Math.max(1, allMonths.length - 6)));
      const end = months(start, lastMonth)[rng.int(3, 6)] ?? lastMonth;
      longAbsences.push({ memberId: t.memberId, from: `${start}-01`, to: `${end}-31`, reason: rng.pick(LONG_ABSENCE_REASONS) });
    }
    const topics = [
      ...TOPICS.general,
      ...(cell.residential ? TOPICS.residential : TOPICS.work),
      ...(isFoodSafety ? TOPICS.foodSafety : []),
      ...(cell.group.key === 'haLam' ? TOPICS.mining : []),
    ];

    /** Present rate aimed at for a meeting on `date`. */
    const rateOn = (date: string): number => {
      const t = monthIndex(date);
      if (dinhTrung) {
        // Below 70% in early 2023, above 98% from late 2025.
        const [low, high] = cell.residential ? [0.58, 0.993] : [0.8, 0.995];
        return low + (high - low) * smoothstep((t - 1) / 30);
      }
      return Math.min(0.995, baseRate + 0.004 * Math.floor(t / 6));
    };

    // Thematic meetings per quarter: in a regular meeting (most), on their own, or missed.
    const quarterPlan = new Map<string, { mode: 'combined' | 'separate' | 'none'; months: number[] }>();
    for (const month of allMonths) {
      const y = month.slice(0, 4);
      const q = Math.floor((Number(month.slice(5, 7)) - 1) / 3);
      const key = `${y}-${q}`;
      if (quarterPlan.has(key)) continue;
      const first = q * 3 + 1;
      let mode = rng.weighted<'combined' | 'separate' | 'none'>([['combined', 58], ['separate', 30], ['none', cell.residential ? 14 : 8]]);
      const monthsOfQuarter = [first, first + 1, first + 2];
      let chosen = [rng.pick(monthsOfQuarter)];
      if (!cell.residential && rng.chance(0.12)) chosen = rng.shuffle(monthsOfQuarter).slice(0, 2);
      if (isFoodSafety && y === '2023') {
        mode = 'combined';
        chosen = monthsOfQuarter.filter((m) => FOOD_SAFETY_THEMATIC_MONTHS_2023.has(m));
      }
      if (isTruongDong && key === '2024-2') {
        mode = 'combined';
        chosen = [rng.pick([7, 8])];
      }
      quarterPlan.set(key, { mode, months: chosen });
    }

    const record = (kind: MeetingKind, date: string, options: { start?: string; minutes?: number; absent?: number } = {}) => {
      const orgPath = pathOn(cell, date);
      if (!orgPath || date >= today) return null;
      const roll = rollOf(cell, date);
      if (roll.length === 0) return null;
      const perfect = byTheBook(date);
      const evening = monthIndex(date) >= eveningFrom;
      const start = options.start ?? (evening ? eveningStart : dayStart);
      const thematic = isThematicMeeting(kind);
      const minimum = thematic ? 120 : 90;
      const short = !perfect && rng.chance(shortShare);
      const minutes = options.minutes ?? (short ? minimum - rng.int(2, 6) * 5 : minimum + rng.int(0, 8) * 5);
      const end = clock(Math.min(minutesOf(start) + minutes, 23 * 60 + 30));
      const facts = meetingFacts({ kind, date, startTime: start, endTime: end, window: cell.window });

      // Attendance: the roll of the day, absentees by how often each member is away.
      const forced = new Map<number, string>();
      for (const a of longAbsences) if (a.from <= date && date <= a.to && roll.some((t) => t.memberId === a.memberId)) forced.set(a.memberId, a.reason);
      const rate = rateOn(date);
      let absent = options.absent ?? Math.round(roll.length * (1 - rate) + rng.between(-0.5, 0.5));
      if (perfect) absent = Math.min(absent, options.absent ?? 1);
      absent = Math.min(roll.length, Math.max(absent, forced.size));
      const away = new Set(forced.keys());
      const pool = roll.filter((t) => !away.has(t.memberId));
      const weightOf = (memberId: number) => ((awayInARow.get(memberId) ?? 0) >= 3 ? 0.01 : (weight.get(memberId) ?? 1));
      while (away.size < absent && pool.length > 0) {
        let total = 0;
        for (const t of pool) total += weightOf(t.memberId);
        let r = rng.next() * total;
        let i = 0;
        for (; i < pool.length - 1; i++) {
          r -= weightOf(pool[i]!.memberId);
          if (r < 0) break;
        }
        away.add(pool[i]!.memberId);
        pool.splice(i, 1);
      }
      const m: MeetingRow = {
        id: nextMeetingId++,
        cell,
        kind,
        date,
        startTime: start,
        endTime: end,
        place: placeOf(cell),
        topic: thematic || (kind === 'EXTRAORDINARY' && rng.chance(0.5)) ? rng.pick(topics) : null,
        draftResolution: perfect || rng.chance(Math.min(1, draftShare + 0.02 * Math.floor(monthIndex(date) / 6))),
        fullMinutes: perfect || rng.chance(minutesShare),
        notes: null,
        orgPath,
        eligible: roll.length,
        present: 0,
        excused: 0,
        unexcused: 0,
        durationMinutes: facts.durationMinutes,
        evening: facts.evening,
        inWindow: facts.inWindow,
        quality: null,
        attendanceFrom: attendance.length,
        attendanceTo: attendance.length,
      };
      // Định Trung's members who skipped the daytime meetings often did not send word.
      const unexcused = dinhTrung ? 0.35 * (1 - smoothstep(monthIndex(date) / 24)) + 0.05 : unexcusedShare;
      for (const t of roll) {
        let status: AttendanceStatus = 'PRESENT';
        let reason: string | null = null;
        if (forced.has(t.memberId)) {
          status = 'EXCUSED';
          reason = forced.get(t.memberId)!;
        } else if (away.has(t.memberId)) {
          if (!perfect && rng.chance(unexcused)) status = 'UNEXCUSED';
          else {
            status = 'EXCUSED';
            reason = rng.pick(EXCUSED_REASONS[work]);
          }
        }
        awayInARow.set(t.memberId, status === 'EXCUSED' ? (awayInARow.get(t.memberId) ?? 0) + 1 : 0);
        if (status === 'PRESENT') m.present++;
        else if (status === 'EXCUSED') m.excused++;
        else m.unexcused++;
        attendance.push({ meeting: m, memberId: t.memberId, fullName: t.fullName, status, reason, streak: 0 });
      }
      m.attendanceTo = attendance.length;
      const content = Math.round(Math.min(20, Math.max(4, contentBase + rng.between(-4, 3))));
      const rated = perfect || (date < ratedBefore && rng.chance(0.94));
      if (rated) m.quality = meetingQuality(m, perfect ? Math.max(content, 18) : content);
      meetings.push(m);
      list.push(m);
      return m;
    };

    for (const month of allMonths) {
      const mo = Number(month.slice(5, 7));
      const plan = quarterPlan.get(`${month.slice(0, 4)}-${Math.floor((mo - 1) / 3)}`)!;
      const thematicHere = plan.mode !== 'none' && plan.months.includes(mo);
      const daytime = monthIndex(`${month}-01`) < eveningFrom;
      /** Working-hours meetings fall on working days: Saturday to Friday, Sunday to Monday (the other way round at the window's edges). */
      const workday = (day: number) => {
        if (!daytime) return dayOf(month, day);
        const wd = weekday(dayOf(month, day));
        return dayOf(month, wd === 6 ? (day > 4 ? day - 1 : day + 2) : wd === 0 ? (day < 10 ? day + 1 : day - 2) : day);
      };

      if (isTruongDong && month === TRUONG_DONG_MEETING.slice(0, 7)) {
        // Seed 003: 28 of 31 members (90%), the others away with reason, the city secretary attending.
        record('REGULAR', TRUONG_DONG_MEETING, { start: '19:30', minutes: 135, absent: 3 });
        record('EXTRAORDINARY', TRUONG_DONG_SESSION, { start: '08:00', minutes: 150 });
        continue;
      }
      if (!missed.has(month)) {
        // Mostly inside the window (days 4–10), a few outside it.
        const day = rng.chance(byTheBook(`${month}-15`) ? 1 : 0.9) ? rng.int(4, 10) : rng.pick([1, 2, 3, 11, 12, 13, 14]);
        record(thematicHere && plan.mode === 'combined' ? 'REGULAR_WITH_THEMATIC' : 'REGULAR', workday(day));
      }
      if (thematicHere && plan.mode === 'separate') record('THEMATIC', workday(rng.int(17, 24)));
      if (!byTheBook(`${month}-15`) && rng.chance(0.02)) record('EXTRAORDINARY', workday(rng.int(27, 28)));
    }
  }

  // Excused streaks: each member's attendance in date order (then meeting id), as the service keeps them.
  const byMember = new Map<number, AttendanceRow[]>();
  for (const a of attendance) {
    const list = byMember.get(a.memberId);
    if (list) list.push(a);
    else byMember.set(a.memberId, [a]);
  }
  for (const list of byMember.values()) {
    list.sort((a, b) => (a.meeting.date < b.meeting.date ? -1 : a.meeting.date > b.meeting.date ? 1 : a.meeting.id - b.meeting.id));
    const streaks = excusedStreaks(list.map((a) => a.status));
    list.forEach((a, i) => (a.streak = streaks[i]!));
  }

  // The seeds' figures, checked on what is about to be written.
  const fs2023 = meetingsOf.get(foodSafety)!.filter((m) => m.date.startsWith('2023-'));
  if (fs2023.length !== 12 || fs2023.filter((m) => isThematicMeeting(m.kind)).length !== 7 || fs2023.some((m) => m.quality !== 'GOOD' || m.eligible !== 10)) {
    throw new Error(`activities demo: the Food Safety cell's 2023 does not match seed 004 (${fs2023.map((m) => `${m.date} ${m.kind} ${m.quality} ${m.present}/${m.eligible}`).join('; ')})`);
  }
  const tdMeeting = meetingsOf.get(truongDong)!.find((m) => m.date === TRUONG_DONG_MEETING);
  if (!tdMeeting || Math.round((100 * tdMeeting.present) / tdMeeting.eligible) !== 90) throw new Error('activities demo: the Trường Đông September 2024 meeting does not match seed 003');

  // ---------------------------------------------------------------- oversight assignments and guests
  let nextAssignmentId = ids0.oversight_assignment;
  const assignments: AssignmentRow[] = [];
  const guests: GuestRow[] = [];
  const assign = (cell: Cell, committee: OrgInfo, person: { memberId: number | null; fullName: string; title: string }, fromDate: string, toDate: string | null) => {
    const a: AssignmentRow = { id: nextAssignmentId++, cell, committeeId: committee.id, ...person, from: fromDate, to: toDate };
    assignments.push(a);
    return a;
  };
  const terms: Array<[string, string | null]> = [[from, addDays(NEW_TERM_ON, -1)], [NEW_TERM_ON, null]];
  const lastDay = addDays(today, -1);
  /** Per (committee, term): the people it assigns and how many cells each follows already. */
  const pools = new Map<string, Array<{ memberId: number | null; fullName: string; title: string; cellId: number | null; load: number }>>();
  const poolOf = (committee: OrgInfo, term: number, termStart: string, region: NameRegion): Array<{ memberId: number | null; fullName: string; title: string; cellId: number | null; load: number }> => {
    const key = `${committee.id}:${term}`;
    let pool = pools.get(key);
    if (pool) return pool;
    const rng = new Rng(`oversight:${committee.code}:${term}`);
    const body = committeeBody(committee.name);
    pool = [];
    if (committee.kind === 'GRASSROOTS_COMMITTEE') {
      // Committee members are secretaries and deputies of its cells, still there today.
      const below = cells.filter((c) => committeesOn(c, termStart)[0]?.id === committee.id);
      for (const c of below) {
        for (const t of c.tenures) {
          if ((t.position === 'SECRETARY' || t.position === 'DEPUTY_SECRETARY') && t.to === null && t.from <= termStart && rollOf(c, termStart).includes(t)) {
            pool.push({ memberId: t.memberId, fullName: t.fullName, title: '', cellId: c.id, load: 0 });
          }
        }
      }
      pool = rng.shuffle(pool).slice(0, Math.max(3, Math.ceil(below.length / 2)));
      pool.forEach((p, i) => (p.title = i === 0 ? `Phó Bí thư ${body}` : i < 3 ? `Ủy viên Ban Thường vụ ${body}` : `Đảng ủy viên ${body}`));
    }
    if (pool.length === 0) {
      const n = 6;
      for (let i = 0; i < n; i++) {
        const gender = rng.chance(0.4) ? 'FEMALE' : 'MALE';
        pool.push({ memberId: null, fullName: personName(rng, region, gender), title: i < 2 ? `Ủy viên Ban Thường vụ ${body}` : `Ủy viên Ban Chấp hành ${committee.name}`, cellId: null, load: 0 });
      }
    }
    pools.set(key, pool);
    return pool;
  };

  for (const cell of cells) {
    terms.forEach(([termFrom, termTo], term) => {
      // The assigning committee over the term: the nearest committee above, which may change (the
      // pilot cells moved to the enterprise bloc in August 2023).
      let start = termFrom;
      while (start <= lastDay && (termTo === null || start <= termTo)) {
        const committee = committeesOn(cell, start)[0];
        const link = cell.links.find((l) => covers(l.from, l.to, start));
        if (!committee || !link) {
          start = addDays(start, 1);
          continue;
        }
        // The period ends where the nearest committee changes.
        let end: string | null = termTo;
        for (const l of cell.links) {
          if (l.from > start && (end === null || l.from <= end) && committeesOn(cell, l.from)[0]?.id !== committee.id) {
            end = addDays(l.from, -1);
            break;
          }
        }
        const pool = poolOf(committee, term, start, cell.group.region);
        const candidates = pool.filter((p) => p.cellId !== cell.id).sort((a, b) => a.load - b.load);
        const person = candidates[0] ?? pool[0]!;
        person.load++;
        assign(cell, committee, { memberId: person.memberId, fullName: person.fullName, title: person.title }, start, end);
        if (end === null) break;
        start = addDays(end, 1);
      }
    });
  }

  // Named people of the seeds (not on the member register here).
  const tamKy = orgByCode('QNA-TAMKY');
  const vinhYen = orgByCode('VP-VINHYEN');
  const dinhTrungWard = orgByCode('VP-VINHYEN-DINHTRUNG');
  const tuaChuaTown = orgByCode('DB-TUACHUA-THITRAN');
  if (!tamKy || !vinhYen || !dinhTrungWard || !tuaChuaTown) throw new Error('activities demo: a committee of the seeds is missing');
  const cityTermEnd = addDays(NEW_TERM_ON, -1);
  const citySecretary = assign(truongDong, tamKy, { memberId: null, fullName: 'Nguyễn Thị Thu Lan', title: 'Bí thư Thành ủy Tam Kỳ' }, from, cityTermEnd);
  const residentialOf = (key: GroupKey) => cells.filter((c) => c.group.key === key && c.residential);
  {
    const rng = new Rng('oversight:VP-VINHYEN');
    const dt = residentialOf('dinhTrung');
    const cityPeople = [
      { memberId: null, fullName: 'Nguyễn Việt Phương', title: 'Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Vĩnh Yên' },
      ...[0, 1, 2].map((i) => ({ memberId: null, fullName: personName(rng, 'north', rng.chance(0.4) ? 'FEMALE' : 'MALE'), title: i === 0 ? 'Ủy viên Ban Thường vụ Thành ủy Vĩnh Yên' : 'Thành ủy viên Thành ủy Vĩnh Yên' })),
    ];
    dt.forEach((c, i) => assign(c, vinhYen, cityPeople[i % cityPeople.length]!, from, cityTermEnd));
    const hân = { memberId: null, fullName: 'Hoàng Duy Hân', title: 'Bí thư Đảng ủy phường Định Trung' };
    assign(dt[0]!, dinhTrungWard, hân, from, cityTermEnd);
    assign(dt[0]!, dinhTrungWard, hân, NEW_TERM_ON, null);
    const thanhCong = residentialOf('tuaChuaTown').find((c) => c.name.endsWith('Thành Công'));
    if (thanhCong) assign(thanhCong, tuaChuaTown, { memberId: null, fullName: 'Trần Văn Sơn', title: 'Bí thư Đảng ủy thị trấn Tủa Chùa' }, from, cityTermEnd);
  }

  // Attendance of the assigned: 2 a year required; most reach it, some are behind.
  const lastYear = Number(lastMonth.slice(0, 4));
  for (const a of assignments) {
    const rng = new Rng(`guests:${a.id}:${a.fullName}`);
    const list = meetingsOf.get(a.cell)!;
    for (let y = Number(a.from.slice(0, 4)); y <= lastYear && (a.to === null || y <= Number(a.to.slice(0, 4))); y++) {
      const yFrom = `${y}-01-01` > a.from ? `${y}-01-01` : a.from;
      const yTo = a.to !== null && a.to < `${y}-12-31` ? a.to : `${y}-12-31`;
      const candidates = list.filter((m) => m.date >= yFrom && m.date <= yTo && m.kind !== 'EXTRAORDINARY');
      const wholeYear = yFrom === `${y}-01-01` && yTo === `${y}-12-31`;
      const required = wholeYear ? 2 : 1;
      let k = rng.weighted<number>([[required, 56], [required + 1, 22], [required - 1, 14], [0, 4], [required + 2, 4]]);
      const chosen = new Set<MeetingRow>();
      if (a === citySecretary && y === 2024) {
        const fixed = list.filter((m) => m.date === TRUONG_DONG_MEETING || m.date === TRUONG_DONG_SESSION);
        for (const m of fixed) chosen.add(m);
        k = Math.max(k, 3);
      }
      for (const m of rng.shuffle(candidates)) {
        if (chosen.size >= k) break;
        chosen.add(m);
      }
      for (const m of chosen) guests.push({ meeting: m, assignment: a, fullName: a.fullName, title: a.title });
    }
  }
  // Guests without an assignment: the provincial secretary (seed 003) and a few commission staff.
  const tdSession = meetingsOf.get(truongDong)!.find((m) => m.date === TRUONG_DONG_SESSION);
  if (tdSession) {
    guests.push({ meeting: tdSession, assignment: null, fullName: 'Lương Nguyễn Minh Triết', title: 'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Nam' });
    tdSession.topic = 'Làm việc với đồng chí Bí thư Tỉnh ủy về dự án Khu đô thị mẫu Tây Bắc';
  }
  {
    const rng = new Rng('guests:staff');
    for (const m of meetings) {
      if (!rng.chance(0.004)) continue;
      const committee = committeesOn(m.cell, m.date).find((o) => o.kind !== 'GRASSROOTS_COMMITTEE') ?? committeesOn(m.cell, m.date)[0];
      if (!committee) continue;
      guests.push({ meeting: m, assignment: null, fullName: personName(rng, m.cell.group.region, rng.chance(0.5) ? 'FEMALE' : 'MALE'), title: `Chuyên viên Ban Tổ chức ${committeeBody(committee.name)}` });
    }
  }
  const guestNotes = new Map<MeetingRow, GuestRow[]>();
  for (const g of guests) guestNotes.set(g.meeting, [...(guestNotes.get(g.meeting) ?? []), g]);
  for (const [m, list] of guestNotes) m.notes = `Dự và chỉ đạo: ${list.map((g) => `đồng chí ${g.fullName} (${g.title})`).join('; ')}`;

  // ---------------------------------------------------------------- recommendations
  let nextRecommendationId = ids0.recommendation;
  const recommendations: Value[][] = [];
  const raise = (rng: Rng, m: MeetingRow, text: string, options: { status?: string; escalateTo?: OrgInfo | null; note?: string | null; raisedBy?: string } = {}) => {
    const present = attendance.slice(m.attendanceFrom, m.attendanceTo).filter((a) => a.status === 'PRESENT');
    const raisedBy = options.raisedBy ?? (present.length ? rng.pick(present).fullName : 'Chi ủy chi bộ');
    const above = committeesOn(m.cell, m.date);
    let escalateTo: OrgInfo | null | undefined = options.escalateTo;
    if (escalateTo === undefined) {
      if (rng.chance(0.07)) escalateTo = null;
      else escalateTo = rng.chance(0.25) && above[1] && above[1].kind !== 'PROVINCIAL_COMMITTEE' ? above[1] : above[0] ?? null;
    }
    const after = addDays(m.date, rng.int(0, 12));
    const escalatedOn = escalateTo ? (after < today ? after : m.date) : null;
    const age = Number(today.slice(0, 4)) - Number(m.date.slice(0, 4));
    let status = options.status ?? (escalateTo === null ? 'OPEN'
      : rng.weighted<string>(age >= 3 ? [['RESOLVED', 55], ['DECLINED', 15], ['IN_PROGRESS', 20], ['OPEN', 10]]
        : age === 2 ? [['RESOLVED', 40], ['DECLINED', 10], ['IN_PROGRESS', 30], ['OPEN', 20]]
        : age === 1 ? [['RESOLVED', 25], ['DECLINED', 5], ['IN_PROGRESS', 35], ['OPEN', 35]]
        : [['RESOLVED', 5], ['IN_PROGRESS', 30], ['OPEN', 65]]));
    let closedOn: string | null = null;
    let note = options.note ?? null;
    if (status === 'RESOLVED' || status === 'DECLINED') {
      closedOn = addDays(escalatedOn ?? m.date, rng.int(20, 400));
      if (closedOn >= today) {
        status = 'IN_PROGRESS';
        closedOn = null;
      } else note ??= rng.pick(status === 'RESOLVED' ? RESOLVED_NOTES : DECLINED_NOTES);
    }
    const updated = timestampValue(dialect, SEEDED_AT);
    recommendations.push([
      nextRecommendationId++, m.cell.id, m.id, text, raisedBy, m.date, escalateTo?.id ?? null, escalatedOn, status, note, closedOn, m.orgPath, m.cell.rootId, 1, updated, updated,
    ]);
  };
  for (const cell of cells) {
    const rng = new Rng(`recommendations:${cell.code}`);
    const texts = RECOMMENDATIONS[cell.group.key];
    const regular = meetingsOf.get(cell)!.filter((m) => isRegularMeeting(m.kind));
    if (regular.length === 0) continue;
    let n: number;
    if (cell.group.key === 'dinhTrung') n = cell.residential ? rng.int(3, 5) : 0;
    else if (cell.group.key === 'bloc') n = rng.chance(0.08) ? 1 : 0;
    else if (cell.group.key === 'haLam') n = rng.chance(0.3) ? 1 : 0;
    else n = cell.residential ? rng.int(1, 3) : 0;
    const picked = rng.shuffle(regular).slice(0, n).sort((a, b) => (a.date < b.date ? -1 : 1));
    picked.forEach((m, i) => raise(rng, m, texts[(i + rng.int(0, texts.length - 1)) % texts.length]!.replace('{unit}', unitOf(cell))));
  }
  {
    // Seed 003: the north-west urban project, raised at the September 2024 meeting and escalated to the city.
    const rng = new Rng('recommendations:truong-dong');
    raise(rng, tdMeeting, NORTH_WEST_PROJECT, {
      status: 'IN_PROGRESS',
      escalateTo: tamKy,
      raisedBy: 'Trần Văn Tùng',
      note: null,
    });
  }

  // ---------------------------------------------------------------- commitments
  let nextCommitmentId = ids0.member_commitment;
  const commitments: Value[][] = [];
  const stamp = timestampValue(dialect, SEEDED_AT);
  const committedMembers = new Map<string, Array<{ memberId: number; cell: Cell; result: number; year: number }>>();
  for (const cell of cells) {
    const rng = new Rng(`commitments:${cell.code}`);
    const mining = cell.group.key === 'haLam';
    for (const year of COMPETITION_YEARS) {
      if (`${year}-12` > lastMonth) continue;
      const first = meetingsOf.get(cell)!.find((m) => m.date.startsWith(`${year}-`) && isRegularMeeting(m.kind));
      if (!first) continue;
      for (const a of attendance.slice(first.attendanceFrom, first.attendanceTo)) {
        const add = (kind: string, description: string, target: number, result: number, note: string | null) =>
          commitments.push([nextCommitmentId++, a.memberId, cell.id, year, kind, description, target, result, note, first.date, first.orgPath, cell.rootId, 1, stamp]);
        if (!cell.residential) {
          // Seed 002: at least one technical initiative per person per year.
          const result = mining ? rng.weighted<number>([[1, 75], [2, 22], [3, 3]]) : rng.weighted<number>([[0, 9], [1, 70], [2, 17], [3, 4]]);
          const titles = mining ? MINING_INITIATIVES : INITIATIVES;
          add('TECHNICAL_INITIATIVE', `Ít nhất 01 sáng kiến cải tiến kỹ thuật, nghiệp vụ trong năm ${year}`, 1, result, result > 0 ? rng.shuffle(titles).slice(0, result).join('; ') : 'Chưa có sáng kiến được công nhận');
          const list = committedMembers.get(`${cell.group.key}:${year}`) ?? [];
          list.push({ memberId: a.memberId, cell, result, year });
          committedMembers.set(`${cell.group.key}:${year}`, list);
          if (rng.chance(0.08)) {
            const done = rng.chance(0.5);
            add('CANDIDATE_INTRODUCED', `Giới thiệu 01 quần chúng ưu tú để Đảng xem xét kết nạp trong năm ${year}`, 1, done ? 1 : 0, done ? `Đã giới thiệu quần chúng ${personName(rng, cell.group.region, rng.chance(0.5) ? 'FEMALE' : 'MALE')}` : null);
          }
        } else {
          if (rng.chance(0.25)) {
            const done = rng.chance(0.55);
            const who = personName(rng, cell.group.region, rng.chance(0.5) ? 'FEMALE' : 'MALE');
            add('CANDIDATE_INTRODUCED', `Giới thiệu 01 quần chúng ưu tú để Đảng xem xét kết nạp trong năm ${year}`, 1, done ? 1 : 0, done ? `Quần chúng ${who} đã được giới thiệu và học lớp nhận thức về Đảng` : 'Chưa có quần chúng đủ điều kiện');
          } else if (rng.chance(0.15)) {
            add('OTHER', `Vận động gia đình và bà con ${unitOf(cell)} giữ gìn vệ sinh môi trường, thực hiện nếp sống văn minh năm ${year}`, 1, 1, null);
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------- awards
  let nextAwardId = ids0.award;
  const awards: Value[][] = [];
  const award = (kind: string, organizationId: number, memberId: number | null, conferredBy: OrgInfo, awardedOn: string, year: number, reason: string, decision: string, orgPath: string, rootId: number) => {
    if (awardedOn >= today) return;
    awards.push([nextAwardId++, kind, organizationId, memberId, conferredBy.id, awardedOn, year, reason, decision, orgPath, rootId, stamp]);
  };
  const bloc = orgByCode('QN-KCCQ')!;
  // Seed 004: 9 of the 47 "4 good" cells of 2023 received certificates of merit from the bloc's standing committee.
  const fourGood = await read.execute<Array<{ organization_id: number; total: number | string }>>(
    `select a.organization_id, a.total from assessment a
     join rating r on r.organization_id = a.organization_id and r.subject = 'ORGANIZATION' and r.year = 2023 and r.level = 'EXCELLENT'
     where a.model = 'FOUR_GOOD_CELL' and a.period = '2023' and a.status = 'APPROVED' and a.four_good = ?
     order by a.total desc, a.organization_id`,
    [dialect === 'sqlite' ? 1 : true],
  );
  const honoured = [foodSafety.id, ...fourGood.map((r) => Number(r.organization_id)).filter((id) => id !== foodSafety.id && cellById.has(id))].slice(0, 9);
  if (honoured.length !== 9) throw new Error(`activities demo: ${honoured.length} "4 good" cells of 2023 to honour, 9 expected`);
  for (const id of honoured) {
    const cell = cellById.get(id)!;
    award('CERTIFICATE_OF_MERIT', id, null, bloc, '2024-01-26', 2023, 'Chi bộ “4 tốt” tiêu biểu năm 2023', '1265-QĐ/ĐUK', pathOn(cell, '2024-01-26')!, cell.rootId);
  }
  // Later years: the bloc's cells rated excellent, a handful each year.
  for (const [year, on, decision] of [[2024, '2025-01-24', '1480-QĐ/ĐUK'], [2025, '2026-01-23', '215-QĐ/ĐUK']] as const) {
    const excellent = await read.execute<Array<{ organization_id: number }>>(
      `select organization_id from rating where subject = 'ORGANIZATION' and year = ? and level = 'EXCELLENT' order by organization_id`,
      [year],
    );
    const rng = new Rng(`awards:${year}`);
    const pick = rng.shuffle(excellent.map((r) => cellById.get(Number(r.organization_id))).filter((c): c is Cell => !!c && c.group.key === 'bloc' && !!pathOn(c, on)));
    for (const cell of pick.slice(0, year === 2024 ? 11 : 12)) {
      award('CERTIFICATE_OF_MERIT', cell.id, null, bloc, on, year, `Chi bộ hoàn thành xuất sắc nhiệm vụ tiêu biểu năm ${year}`, decision, pathOn(cell, on)!, cell.rootId);
    }
  }
  // Members with the most initiatives, honoured by their grassroots committee.
  for (const [key, count] of [['bloc', 6], ['haLam', 2]] as const) {
    for (const year of [2023, 2024]) {
      const rng = new Rng(`awards:${key}:${year}`);
      const best = rng.shuffle((committedMembers.get(`${key}:${year}`) ?? []).filter((c) => c.result >= 2)).slice(0, count);
      for (const b of best) {
        const on = `${year + 1}-01-20`;
        const committee = committeesOn(b.cell, on)[0];
        const path = pathOn(b.cell, on);
        if (!committee || !path || !rollOf(b.cell, on).some((t) => t.memberId === b.memberId)) continue;
        award('CERTIFICATE_OF_MERIT', b.cell.id, b.memberId, committee, on, year, `Đảng viên có sáng kiến cải tiến kỹ thuật, nghiệp vụ tiêu biểu năm ${year}`, `${rng.int(100, 900)}-QĐ/ĐU`, path, b.cell.rootId);
      }
    }
  }
  {
    const vinhPhuc = orgByCode('VP-VINHPHUC');
    const on = '2025-02-03';
    const wardPath = (await read.execute<Array<{ path: string; root_id: number }>>(
      `select l.path, o.root_id from organization_link l join organization o on o.id = l.organization_id
       where l.organization_id = ? and l.valid_from <= ? and (l.valid_to is null or l.valid_to > ?)`,
      [dinhTrungWard.id, on, on],
    ))[0];
    if (vinhPhuc && wardPath) {
      award('DIPLOMA_OF_MERIT', dinhTrungWard.id, null, vinhPhuc, on, 2024, 'Đảng bộ trong sạch, vững mạnh tiêu biểu 5 năm liền (2020–2024)', '2185-QĐ/TU', wardPath.path, Number(wardPath.root_id));
    }
    award('CERTIFICATE_OF_MERIT', truongDong.id, null, tamKy, '2025-01-22', 2024, 'Chi bộ hoàn thành xuất sắc nhiệm vụ năm 2024', '1032-QĐ/TU', pathOn(truongDong, '2025-01-22')!, truongDong.rootId);
    const rng = new Rng('awards:dinh-trung');
    for (const cell of rng.shuffle(residentialOf('dinhTrung')).slice(0, 2)) {
      const on = '2025-01-15';
      const roll = rollOf(cell, on);
      if (roll.length === 0) continue;
      const person = rng.pick(roll);
      award('CERTIFICATE_OF_MERIT', cell.id, person.memberId, dinhTrungWard, on, 2024, 'Đảng viên tiêu biểu trong công tác vận động nhân dân năm 2024', `${rng.int(100, 400)}-QĐ/ĐU`, pathOn(cell, on)!, cell.rootId);
    }
    const lucNa = cells.find((c) => c.name === 'Chi bộ thôn Lục Nà');
    const lucHon = orgByCode('QN-BINHLIEU-LUCHON');
    if (lucNa && lucHon) award('OTHER', lucNa.id, null, lucHon, '2025-01-10', 2024, 'Chi bộ “4 tốt” năm 2024', '45-QĐ/ĐU', pathOn(lucNa, '2025-01-10')!, lucNa.rootId);
  }

  // ---------------------------------------------------------------- writing
  const meetingRows = meetings.map((m) => [
    m.id, m.cell.id, m.kind, m.date, m.startTime, m.endTime, m.place, m.topic, m.draftResolution, m.fullMinutes, m.notes, m.orgPath, m.cell.rootId,
    m.eligible, m.present, m.excused, m.unexcused, m.durationMinutes, m.evening, m.inWindow, m.quality, 1, stamp, stamp,
  ]);
  let nextAttendanceId = ids0.attendance;
  const attendanceRows = attendance.map((a) => [nextAttendanceId++, a.meeting.id, a.memberId, a.status, a.reason, a.meeting.date, a.meeting.orgPath, a.streak]);
  const assignmentRows = assignments.map((a) => [
    a.id, a.cell.id, a.committeeId, a.memberId, a.fullName, a.title, a.from, a.to, 2, a.cell.path, a.cell.rootId, 1, stamp, stamp,
  ]);
  let nextGuestId = ids0.meeting_guest;
  const guestRows = guests.map((g) => [nextGuestId++, g.meeting.id, g.assignment?.id ?? null, g.fullName, g.title, g.meeting.date]);

  await orm.em.fork().transactional(async (tx) => {
    const em = tx as unknown as EntityManager;
    const windows = new Map<string, number[]>();
    for (const c of cells) if (c.window) windows.set(`${c.window.fromDay}-${c.window.toDay}`, [...(windows.get(`${c.window.fromDay}-${c.window.toDay}`) ?? []), c.id]);
    for (const [window, ids] of windows) {
      const [fromDay, toDay] = window.split('-').map(Number);
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        await em.execute(`update organization set meeting_day_from = ?, meeting_day_to = ? where id in (${inList(chunk.length)})`, [fromDay, toDay, ...chunk], 'run');
      }
    }
    await insert(em, dialect, 'meeting', MEETING_COLUMNS, meetingRows);
    await insert(em, dialect, 'attendance', ['id', 'meeting_id', 'member_id', 'status', 'reason', 'date', 'org_path', 'excused_streak'], attendanceRows);
    await insert(em, dialect, 'oversight_assignment', ['id', 'organization_id', 'committee_id', 'member_id', 'full_name', 'title', 'from_date', 'to_date', 'required_per_year', 'org_path', 'root_id', 'lock_version', 'created_at', 'updated_at'], assignmentRows);
    await insert(em, dialect, 'meeting_guest', ['id', 'meeting_id', 'assignment_id', 'full_name', 'title', 'date'], guestRows);
    await insert(em, dialect, 'recommendation', ['id', 'organization_id', 'meeting_id', 'text', 'raised_by', 'raised_on', 'escalated_to_id', 'escalated_on', 'status', 'resolution_note', 'closed_on', 'org_path', 'root_id', 'lock_version', 'created_at', 'updated_at'], recommendations);
    await insert(em, dialect, 'member_commitment', ['id', 'member_id', 'organization_id', 'year', 'kind', 'description', 'target', 'result', 'result_note', 'registered_on', 'org_path', 'root_id', 'lock_version', 'created_at'], commitments);
    await insert(em, dialect, 'award', ['id', 'kind', 'organization_id', 'member_id', 'conferred_by_id', 'awarded_on', 'year', 'reason', 'decision_number', 'org_path', 'root_id', 'created_at'], awards);
    if (dialect === 'postgresql') {
      for (const t of ACTIVITY_TABLES) await em.execute(`select setval(pg_get_serial_sequence('${t}', 'id'), coalesce((select max(id) from ${t}), 0) + 1, false)`);
    }
  });

  return {
    millis: Math.round(performance.now() - started),
    cells: cells.length,
    rows: {
      meeting: meetingRows.length,
      attendance: attendanceRows.length,
      meeting_guest: guestRows.length,
      oversight_assignment: assignmentRows.length,
      recommendation: recommendations.length,
      member_commitment: commitments.length,
      award: awards.length,
    },
  };
}

// ------------------------------------------------------------------ SQL

const ACTIVITY_TABLES = ['meeting', 'attendance', 'meeting_guest', 'oversight_assignment', 'recommendation', 'member_commitment', 'award'] as const;

const MEETING_COLUMNS = [
  'id', 'organization_id', 'kind', 'date', 'start_time', 'end_time', 'place', 'topic', 'draft_resolution', 'full_minutes', 'notes', 'org_path', 'root_id',
  'eligible_count', 'present_count', 'excused_count', 'unexcused_count', 'duration_minutes', 'evening', 'in_window', 'quality', 'lock_version', 'created_at', 'updated_at',
];

/** Ids continue after the rows already there (the rows refer to each other before they are written). */
async function nextIds(em: EntityManager): Promise<Record<(typeof ACTIVITY_TABLES)[number], number>> {
  const out = {} as Record<string, number>;
  for (const t of ACTIVITY_TABLES) {
    const [row] = await em.execute<Array<{ max: number | string | null }>>(`select max(id) as max from ${t}`);
    out[t] = Number(row?.max ?? 0) + 1;
  }
  return out as Record<(typeof ACTIVITY_TABLES)[number], number>;
}

/** Rows per INSERT: well under both databases' limits whatever the width. */
const ROWS_PER_STATEMENT = 1000;

async function insert(em: EntityManager, dialect: Dialect, table: string, columns: readonly string[], rows: Value[][]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const tuples: string[] = [];
    for (let i = start; i < Math.min(rows.length, start + ROWS_PER_STATEMENT); i++) {
      const row = rows[i]!;
      if (row.length !== columns.length) throw new Error(`activities demo: ${table} row of ${row.length} values for ${columns.length} columns`);
      tuples.push(`(${row.map((v) => literal(dialect, v)).join(',')})`);
    }
    await em.execute(`insert into ${table} (${columns.join(', ')}) values ${tuples.join(',')}`, [], 'run');
  }
}

/**
 * A value as SQL. Generated text never holds quotes, backslashes or question marks (checked), so
 * quoting is enough; writing literals ourselves skips formatting hundreds of thousands of
 * parameters.
 */
function literal(dialect: Dialect, v: Value): string {
  if (v === null) return 'null';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`activities demo: not a finite number: ${v}`);
    return String(v);
  }
  if (typeof v === 'boolean') return dialect === 'sqlite' ? (v ? '1' : '0') : v ? 'true' : 'false';
  if (/['\\?]/.test(v)) throw new Error(`activities demo: unexpected character in ${JSON.stringify(v)}`);
  return `'${v}'`;
}

function isoDate(value: string | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}
