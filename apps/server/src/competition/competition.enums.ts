import { registerEnumType } from 'type-graphql';

export const COMMITMENT_KINDS = ['TECHNICAL_INITIATIVE', 'CANDIDATE_INTRODUCED', 'OTHER'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];
export const CommitmentKindEnum = { TECHNICAL_INITIATIVE: 'TECHNICAL_INITIATIVE', CANDIDATE_INTRODUCED: 'CANDIDATE_INTRODUCED', OTHER: 'OTHER' } as const;
registerEnumType(CommitmentKindEnum, { name: 'CommitmentKind', description: 'Technical initiatives, candidates introduced for admission, or another commitment' });

export const AWARD_KINDS = ['CERTIFICATE_OF_MERIT', 'DIPLOMA_OF_MERIT', 'OTHER'] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];
export const AwardKindEnum = { CERTIFICATE_OF_MERIT: 'CERTIFICATE_OF_MERIT', DIPLOMA_OF_MERIT: 'DIPLOMA_OF_MERIT', OTHER: 'OTHER' } as const;
registerEnumType(AwardKindEnum, { name: 'AwardKind', description: 'Giấy khen (certificate of merit), bằng khen (diploma of merit), or another award' });
