import { describe, expect, it } from 'vitest';
import { ALL_REASONS, COMMON_REASONS, isReason } from './index.js';
import { ASSESSMENT_REASONS } from './assessments.js';
import { AUTH_REASONS } from './auth.js';
import { COMPETITION_REASONS } from './competition.js';
import { CRITERIA_REASONS } from './criteria.js';
import { DATAIO_REASONS } from './dataio.js';
import { HIERARCHY_REASONS } from './hierarchy.js';
import { MEETING_REASONS } from './meetings.js';
import { MEMBER_REASONS } from './members.js';
import { OVERSIGHT_REASONS } from './oversight.js';
import { RATING_REASONS } from './ratings.js';
import { RECOMMENDATION_REASONS } from './recommendations.js';
import { WORKSPACE_REASONS } from './workspace.js';

const FEATURES = {
  ASSESSMENT_REASONS,
  AUTH_REASONS,
  COMPETITION_REASONS,
  CRITERIA_REASONS,
  DATAIO_REASONS,
  HIERARCHY_REASONS,
  MEETING_REASONS,
  MEMBER_REASONS,
  OVERSIGHT_REASONS,
  RATING_REASONS,
  RECOMMENDATION_REASONS,
  WORKSPACE_REASONS,
};

describe('reason lists', () => {
  it('are stable upper-case codes, each listed once per list, common ones only in the common list', () => {
    const common = new Set<string>(COMMON_REASONS);
    expect(new Set(COMMON_REASONS).size).toBe(COMMON_REASONS.length);
    for (const [name, list] of Object.entries(FEATURES)) {
      expect(new Set(list).size, name).toBe(list.length);
      for (const reason of list) {
        expect(reason, name).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
        expect(common.has(reason), `${name} repeats the common ${reason}`).toBe(false);
      }
    }
  });

  it('tell a listed reason from anything else', () => {
    expect(isReason('DUPLICATE_REGULAR')).toBe(true);
    expect(isReason('REQUIRED')).toBe(true);
    expect(isReason('Duplicate regular')).toBe(false);
    expect(isReason(undefined)).toBe(false);
    expect(ALL_REASONS.size).toBeGreaterThan(100);
  });
});
