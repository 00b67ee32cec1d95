import { registerEnumType } from 'type-graphql';

export const AssessmentStatusEnum = { DRAFT: 'DRAFT', SUBMITTED: 'SUBMITTED', RETURNED: 'RETURNED', APPROVED: 'APPROVED' } as const;
registerEnumType(AssessmentStatusEnum, { name: 'AssessmentStatus', description: 'draft → submitted → approved (final) or returned (with a reason)' });
export const ScoreSideEnum = { SELF: 'SELF', REVIEW: 'REVIEW' } as const;
registerEnumType(ScoreSideEnum, { name: 'ScoreSide', description: 'SELF: the unit scores itself; REVIEW: the superior committee' });
