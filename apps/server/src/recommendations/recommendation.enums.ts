import { registerEnumType } from 'type-graphql';

export const RecommendationStatusEnum = { OPEN: 'OPEN', IN_PROGRESS: 'IN_PROGRESS', RESOLVED: 'RESOLVED', DECLINED: 'DECLINED' } as const;
registerEnumType(RecommendationStatusEnum, { name: 'RecommendationStatus', description: 'open → in progress → resolved or declined' });
