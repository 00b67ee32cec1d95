import { registerEnumType } from 'type-graphql';
import {
  AgeBand,
  CellType,
  CommitteeSector,
  Gender,
  MemberPosition,
  MemberStatus,
  OrganizationKind,
} from '@fourgood/rules';

// The domain enums live in the pure rules package; GraphQL exposes the same values.
registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'Level of a party organisation' });
registerEnumType(CommitteeSector, { name: 'CommitteeSector', description: 'What a directly-superior committee governs' });
registerEnumType(CellType, { name: 'CellType', description: 'Loại hình chi bộ; criteria tables differ by it' });
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(MemberPosition, { name: 'MemberPosition', description: 'Position held in the cell' });
registerEnumType(MemberStatus, { name: 'MemberStatus' });
registerEnumType(AgeBand, { name: 'AgeBand', description: 'Age on the report date, in whole years' });

export { AgeBand, CellType, CommitteeSector, Gender, MemberPosition, MemberStatus, OrganizationKind };

/** Direction of a list's order (the lists' `orderBy`). */
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });
