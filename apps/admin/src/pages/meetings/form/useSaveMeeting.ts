import { useState } from 'react';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { meetingPath } from '../../../components/meetings/tags';
import type { MeetingFullFragment } from '../../../gql/graphql';
import { useMeetingsI18n } from '../../../i18n/meetings';
import { focusFirstError } from '../../../lib/focusFirstError';
import { useLinkTo } from '../../../lib/url';
import { RecordMeetingDocument, UpdateMeetingDocument } from '../queries';
import { meetingProblemText, serverProblems } from '../util';
import type { FormOrg } from './draft';
import type { MeetingDraft } from './useMeetingDraft';

/** The form, where the focus goes to the first problem after a refused save. */
const FORM = '[data-testid="meeting-form"]';

/**
 * Records or updates the meeting with its roll in one mutation, then opens it. Refusals are
 * placed on their fields (or told above the form); a stale version is told in a dialog that
 * offers to reload. `onSaved` runs before the form navigates away (the leave guard lets it go).
 */
export function useSaveMeeting(
  state: MeetingDraft,
  { org, initial, canEdit, today, onReload, onSaved }: { org: FormOrg; initial: MeetingFullFragment | null; canEdit: boolean; today: string; onReload: () => void; onSaved: () => void },
) {
  const { t, f } = useMeetingsI18n();
  const tf = t.meetings.form;
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const linkTo = useLinkTo();
  const { draft, setAttempted, setServer, ruleProblems, roll, thematic, attendance, guests, draftKey, reloadRoll } = state;
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const [, record] = useMutation(RecordMeetingDocument);
  const [, update] = useMutation(UpdateMeetingDocument);

  const save = async () => {
    if (saving || !canEdit) return;
    setAttempted(true);
    if (ruleProblems.length > 0 || !roll) {
      if (ruleProblems.length) {
        message.error(tf.fixFirst(ruleProblems.length));
        focusFirstError(FORM);
      }
      return;
    }
    setSaving(true);
    const fields = {
      kind: draft.kind,
      date: draft.date,
      startTime: draft.startTime,
      endTime: draft.endTime,
      place: draft.place.trim(),
      topic: thematic ? draft.topic.trim() || null : null,
      draftResolution: draft.draftResolution,
      fullMinutes: draft.fullMinutes,
      notes: draft.notes.trim() || null,
      attendance,
      guests: guests.map((g) => (g.assignmentId ? { assignmentId: g.assignmentId } : { fullName: g.fullName, title: g.title })),
    };
    const res = initial
      ? await update({ input: { ...fields, id: initial.id, expectedVersion: initial.lockVersion } })
      : await record({ input: { ...fields, organizationId: org.id } });
    setSaving(false);
    const savedMeeting = res.data ? ('updateMeeting' in res.data ? res.data.updateMeeting : res.data.recordMeeting) : null;
    if (savedMeeting) {
      onSaved();
      message.success(tf.saved);
      navigate(linkTo(meetingPath(savedMeeting.id)));
      return;
    }
    const p = serverProblems(res.error);
    if (!p) return;
    if (p.code === 'CONFLICT' && p.reason === 'STALE_VERSION') {
      setConflict(true);
      modal.confirm({ title: tf.conflictTitle, content: tf.conflictText, okText: tf.reload, cancelText: tf.later, onOk: () => onReload() });
      return;
    }
    const placed = p.problems.filter((x) => x.path && x.path !== 'expectedVersion' && x.path !== 'organizationId' && x.path !== 'id');
    const general: string[] = [];
    if (placed.length === 0) {
      if (p.code === 'FORBIDDEN') general.push(t.meetings.problems.FORBIDDEN);
      else if (p.problems[0]) general.push(meetingProblemText(t, f, p.problems[0], { today, startTime: draft.startTime }));
      else general.push(String(t.errors[p.code in t.errors ? (p.code as keyof typeof t.errors) : 'UNKNOWN']));
    }
    // Problems of the whole roll (members missing) or of a row are told above the roll too.
    for (const x of placed) if (x.path === 'attendance' || x.path === 'guests') general.push(meetingProblemText(t, f, x, { today, startTime: draft.startTime }));
    setServer({ problems: placed, general, forDraft: draftKey });
    message.error(general[0] ?? tf.fixFirst(placed.length));
    if (placed.length) focusFirstError(FORM);
    if (placed.some((x) => x.path.startsWith('attendance'))) reloadRoll({ requestPolicy: 'network-only' });
  };

  return { save, saving, conflict };
}
