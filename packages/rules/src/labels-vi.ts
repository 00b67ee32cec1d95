import type { CellType, CommitteeSector, OrganizationKind } from './hierarchy.js';
import type { Gender, MemberPosition, MemberStatus } from './members.js';
import type { ItemKind, VetoEffect } from './scoring.js';

/**
 * The Vietnamese labels of the enums as the app shows them. The admin app's dictionary (vi.ts)
 * reads them from here, and the spreadsheet import and export (people-io.ts) accept and write
 * the same words, so a file typed from what the screens show reads back.
 */
export const VI_LABELS = {
  kind: {
    PROVINCIAL_COMMITTEE: 'Đảng bộ tỉnh',
    DIRECTLY_SUPERIOR_COMMITTEE: 'Cấp ủy trực thuộc tỉnh',
    GRASSROOTS_COMMITTEE: 'Đảng bộ cơ sở',
    GRASSROOTS_CELL: 'Chi bộ cơ sở',
    PARTIAL_COMMITTEE: 'Đảng bộ bộ phận',
    CELL: 'Chi bộ',
  } satisfies Record<OrganizationKind, string>,
  sector: {
    DISTRICT: 'Huyện',
    TOWN: 'Thị xã',
    CITY: 'Thành phố thuộc tỉnh',
    BLOC: 'Khối cơ quan, doanh nghiệp',
    ARMED_FORCES: 'Lực lượng vũ trang',
  } satisfies Record<CommitteeSector, string>,
  cellType: {
    RESIDENTIAL: 'Khu dân cư',
    AGENCY: 'Cơ quan',
    PUBLIC_SERVICE: 'Đơn vị sự nghiệp',
    ENTERPRISE: 'Doanh nghiệp',
    ARMED_FORCES: 'Quân đội, công an',
    OTHER: 'Loại hình khác',
  } satisfies Record<CellType, string>,
  status: {
    ACTIVE: 'Đang sinh hoạt',
    EXEMPT: 'Miễn sinh hoạt',
    TEMPORARILY_ELSEWHERE: 'Sinh hoạt tạm thời nơi khác',
    TRANSFERRED_OUT: 'Đã chuyển sinh hoạt đi',
    DECEASED: 'Đã từ trần',
    REMOVED: 'Đã ra khỏi Đảng',
  } satisfies Record<MemberStatus, string>,
  gender: {
    MALE: 'Nam',
    FEMALE: 'Nữ',
  } satisfies Record<Gender, string>,
  position: {
    SECRETARY: 'Bí thư',
    DEPUTY_SECRETARY: 'Phó Bí thư',
    COMMITTEE_MEMBER: 'Chi ủy viên',
    MEMBER: 'Đảng viên',
  } satisfies Record<MemberPosition, string>,
  /** Criteria item kinds: the editor's select and the criteria spreadsheets (criteria-io.ts). */
  itemKind: {
    SCORED: 'Chấm điểm',
    YES_NO: 'Có / không',
    DEDUCTION: 'Điểm trừ',
    BONUS: 'Điểm thưởng',
    VETO: 'Phủ quyết',
  } satisfies Record<ItemKind, string>,
  /** A veto's effect, short (the editor's cell and the criteria spreadsheets). */
  vetoEffect: {
    BLOCKS_TOP: 'Chặn xuất sắc, “4 tốt”',
    FORCES_LOWEST: 'Buộc xếp loại thấp nhất',
  } satisfies Record<VetoEffect, string>,
};
