import { describe, expect, it } from 'vitest';
import { attendanceCounts, meetingRecordProblems, rollProblems, type MeetingRecordDraft } from './meeting-record.js';
import { excusedStreaks, meetingFacts } from './meetings.js';

const ok: MeetingRecordDraft = {
  kind: 'REGULAR',
  date: '2024-09-05',
  startTime: '19:30',
  endTime: '21:30',
  place: 'Nhà văn hóa thôn',
  attendance: [{ status: 'PRESENT' }, { status: 'EXCUSED', reason: 'Ốm' }, { status: 'UNEXCUSED' }],
  guests: [{ assignmentId: 7 }, { fullName: 'Nguyễn Văn Bình', title: 'Bí thư Thành ủy' }],
};
const reasons = (draft: Partial<MeetingRecordDraft>, today = '2025-01-01') =>
  meetingRecordProblems({ ...ok, ...draft }, today).map((p) => `${p.path}:${p.reason}`);

describe('meetingRecordProblems', () => {
  it('accepts a complete record', () => {
    expect(reasons({})).toEqual([]);
  });

  it('refuses future dates, bad times and an end before the start', () => {
    expect(reasons({ date: '2025-01-02' })).toEqual(['date:FUTURE_DATE']);
    expect(reasons({ date: '2025-01-01' })).toEqual([]);
    expect(reasons({ date: '2024-02-30' })).toEqual(['date:BAD_DATE']);
    expect(reasons({ startTime: '7:30' })).toEqual(['startTime:BAD_TIME']);
    expect(reasons({ endTime: '24:00' })).toEqual(['endTime:BAD_TIME']);
    expect(reasons({ startTime: '19:30', endTime: '19:30' })).toEqual(['endTime:END_BEFORE_START']);
    expect(reasons({ startTime: '19:30', endTime: '08:00' })).toEqual(['endTime:END_BEFORE_START']);
  });

  it('needs a place, a topic for thematic kinds, and keeps texts short', () => {
    expect(reasons({ place: '   ' })).toEqual(['place:REQUIRED']);
    expect(reasons({ place: 'x'.repeat(301) })).toEqual(['place:TOO_LONG']);
    expect(reasons({ kind: 'THEMATIC' })).toEqual(['topic:TOPIC_REQUIRED']);
    expect(reasons({ kind: 'REGULAR_WITH_THEMATIC', topic: ' ' })).toEqual(['topic:TOPIC_REQUIRED']);
    expect(reasons({ kind: 'THEMATIC', topic: 'Học tập Nghị quyết' })).toEqual([]);
    expect(reasons({ kind: 'EXTRAORDINARY' })).toEqual([]);
    expect(reasons({ notes: 'x'.repeat(4001) })).toEqual(['notes:TOO_LONG']);
    expect(reasons({ notes: 'x'.repeat(4000) })).toEqual([]);
  });

  it('needs a reason for every absence with reason, and none for members present', () => {
    expect(reasons({ attendance: [{ status: 'EXCUSED' }, { status: 'EXCUSED', reason: '  ' }, { status: 'UNEXCUSED', reason: 'Không liên lạc được' }] })).toEqual([
      'attendance[0].reason:REASON_REQUIRED',
      'attendance[1].reason:REASON_REQUIRED',
    ]);
    expect(reasons({ attendance: [{ status: 'PRESENT', reason: 'Đi muộn' }] })).toEqual(['attendance[0].reason:REASON_NOT_EXPECTED']);
    expect(reasons({ attendance: [{ status: 'EXCUSED', reason: 'x'.repeat(501) }] })).toEqual(['attendance[0].reason:TOO_LONG']);
  });

  it('names guests by their assignment or by name, at most 50, an assignment once', () => {
    expect(reasons({ guests: [{ assignmentId: 1, fullName: 'X' }] })).toEqual(['guests[0].fullName:NAME_FROM_ASSIGNMENT']);
    expect(reasons({ guests: [{ assignmentId: 1 }, { assignmentId: 1 }] })).toEqual(['guests[1].assignmentId:DUPLICATE_GUEST']);
    expect(reasons({ guests: [{ title: 'Phó Bí thư' }] })).toEqual(['guests[0].fullName:NAME_REQUIRED']);
    expect(reasons({ guests: [{ fullName: 'x'.repeat(201) }] })).toEqual(['guests[0].fullName:TOO_LONG']);
    expect(reasons({ guests: Array.from({ length: 51 }, (_, i) => ({ fullName: `Khách ${i}` })) })).toEqual(['guests:TOO_MANY']);
    expect(reasons({ guests: null })).toEqual([]);
  });
});

describe('rollProblems', () => {
  it('wants every member of the roll exactly once', () => {
    expect(rollProblems([1, 2, 3], [3, 1, 2])).toEqual({ problems: [], missing: [] });
    const { problems, missing } = rollProblems([1, 2, 3], [1, 9, 1]);
    expect(problems.map((p) => `${p.path}:${p.reason}`)).toEqual(['attendance[1].memberId:NOT_ON_ROLL', 'attendance[2].memberId:DUPLICATE_MEMBER', 'attendance:MISSING_MEMBERS']);
    expect(missing).toEqual([2, 3]);
    expect(problems[2]!.message).toMatch(/^2 members/);
  });

  it('accepts an empty meeting when nobody was expected', () => {
    expect(rollProblems([], [])).toEqual({ problems: [], missing: [] });
  });
});

describe('attendanceCounts and the facts stored on a meeting', () => {
  it('counts the statuses', () => {
    expect(attendanceCounts(['PRESENT', 'PRESENT', 'EXCUSED', 'UNEXCUSED'])).toEqual({ eligible: 4, present: 2, excused: 1, unexcused: 1 });
  });

  it('derives duration, evening and the window', () => {
    const facts = meetingFacts({ kind: 'REGULAR', date: '2024-09-05', startTime: '19:30', endTime: '21:15', window: { fromDay: 4, toDay: 10 } });
    expect(facts).toMatchObject({ durationMinutes: 105, evening: true, inWindow: true, longEnough: true });
    expect(meetingFacts({ kind: 'THEMATIC', date: '2024-09-15', startTime: '08:00', endTime: '09:30', window: { fromDay: 4, toDay: 10 } })).toMatchObject({ inWindow: null, evening: false, longEnough: false });
  });

  it('continues a streak from the row before', () => {
    expect(excusedStreaks(['EXCUSED', 'EXCUSED', 'PRESENT', 'EXCUSED'], 2)).toEqual([3, 4, 0, 1]);
  });
});
