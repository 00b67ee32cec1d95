import { registerEnumType } from 'type-graphql';
import { AttendanceStatus, MeetingKind, MeetingQuality } from '@fourgood/rules';

registerEnumType(MeetingKind, { name: 'MeetingKind', description: 'Regular (monthly), thematic, regular with a thematic part (counts as both), extraordinary' });
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus', description: 'Present, absent with reason, absent without reason' });
registerEnumType(MeetingQuality, { name: 'MeetingQuality', description: 'Tốt / khá / trung bình / kém, from the approved meeting-quality assessment' });

export { AttendanceStatus, MeetingKind, MeetingQuality };
