import { registerEnumType } from 'type-graphql';

/** GraphQL enums of criteria tables and scoring (the same values as @fourgood/rules). */
export const CriteriaModelEnum = {
  FOUR_GOOD_CELL: 'FOUR_GOOD_CELL',
  FOUR_GOOD_COMMITTEE: 'FOUR_GOOD_COMMITTEE',
  ORGANIZATION_RATING: 'ORGANIZATION_RATING',
  MEMBER_RATING: 'MEMBER_RATING',
  MEETING_QUALITY: 'MEETING_QUALITY',
} as const;
registerEnumType(CriteriaModelEnum, { name: 'CriteriaModel', description: 'What a criteria table scores' });

export const TableStatusEnum = { DRAFT: 'DRAFT', PUBLISHED: 'PUBLISHED' } as const;
registerEnumType(TableStatusEnum, { name: 'CriteriaTableStatus', description: 'A draft is edited freely; a published version is frozen' });

export const ItemKindEnum = { SCORED: 'SCORED', YES_NO: 'YES_NO', DEDUCTION: 'DEDUCTION', BONUS: 'BONUS', VETO: 'VETO' } as const;
registerEnumType(ItemKindEnum, { name: 'CriteriaItemKind' });

export const VetoEffectEnum = { BLOCKS_TOP: 'BLOCKS_TOP', FORCES_LOWEST: 'FORCES_LOWEST' } as const;
registerEnumType(VetoEffectEnum, { name: 'VetoEffect', description: 'A veto blocks the top level (and "4 good") or forces the lowest level' });

export const RatingLevelEnum = { EXCELLENT: 'EXCELLENT', GOOD: 'GOOD', COMPLETED: 'COMPLETED', NOT_COMPLETED: 'NOT_COMPLETED' } as const;
registerEnumType(RatingLevelEnum, { name: 'RatingLevel', description: 'Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ' });

export const ExportFormatEnum = { CSV: 'CSV', XLSX: 'XLSX' } as const;
registerEnumType(ExportFormatEnum, { name: 'SpreadsheetFormat' });
