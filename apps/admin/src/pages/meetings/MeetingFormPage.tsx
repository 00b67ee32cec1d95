import { useCallback, useRef, useState } from 'react';
import { Alert, Button, Card, Col, Flex, Row, Space, Tooltip, Typography } from 'antd';
import { CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { holdsMembers, todayInVietnam } from '@fourgood/rules';
import { useSession } from '../../auth/session';
import { meetingPath, meetingsPath, rateColor } from '../../components/meetings/tags';
import { NotFound, PageSkeleton, QueryError } from '../../components/States';
import type { MeetingFullFragment } from '../../gql/graphql';
import { useMeetingsI18n } from '../../i18n/meetings';
import { useDocumentTitle } from '../../lib/hooks';
import { canEditOrg } from '../../lib/permissions';
import { useLinkTo } from '../../lib/url';
import { useSaveShortcut } from '../../lib/useSaveShortcut';
import { useUnsavedChangesGuard } from '../../lib/useUnsavedChangesGuard';
import { AttendanceRoll, RollCounts } from './form/AttendanceRoll';
import { DetailsCard } from './form/DetailsCard';
import type { FormOrg } from './form/draft';
import { GuestsCard } from './form/GuestsCard';
import { useMeetingDraft } from './form/useMeetingDraft';
import { useSaveMeeting } from './form/useSaveMeeting';
import { MeetingDocument, MeetingFormOrgDocument } from './queries';
import { MeetingCrumbs } from './util';
import './meetings.css';

/**
 * Records a meeting (`/org/:orgId/meetings/new`) or corrects one (`/meetings/:meetingId/edit`) in one
 * form: the details, the roll of the members expected on the date (everyone present until marked
 * otherwise, with keyboard toggles) and the superior committee members who attended.
 */
export default function MeetingFormPage() {
  const { orgId, meetingId } = useParams();
  if (meetingId) return <EditMeeting id={meetingId} />;
  return <NewMeeting orgId={orgId ?? ''} />;
}

function NewMeeting({ orgId }: { orgId: string }) {
  const { t } = useMeetingsI18n();
  const [result, reexecute] = useQuery({ query: MeetingFormOrgDocument, variables: { id: orgId }, requestPolicy: 'network-only' });
  const org = result.data?.organization?.id === orgId ? result.data.organization : null;
  useDocumentTitle(org ? `${t.meetings.form.newTitle} · ${org.name}` : null);
  if (result.error && !org) return <QueryError error={result.error} notFoundTitle={t.org.notFound} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!org) {
    if (result.fetching || !result.data) return <PageSkeleton />;
    return <NotFound title={t.org.notFound} hint={t.org.notFoundHint} />;
  }
  const last = org.meetings.nodes[0];
  return <MeetingForm key={org.id} org={org} initial={null} suggested={last ? { place: last.place, startTime: last.startTime, endTime: last.endTime } : null} onReload={() => undefined} />;
}

function EditMeeting({ id }: { id: string }) {
  const { t } = useMeetingsI18n();
  const client = useClient();
  const [generation, setGeneration] = useState(0);
  const [result, reexecute] = useQuery({ query: MeetingDocument, variables: { id }, requestPolicy: 'network-only' });
  const meeting = result.data?.meeting?.id === id ? result.data.meeting : null;
  useDocumentTitle(meeting ? `${t.meetings.form.editTitle} · ${meeting.organization.name}` : null);
  const reload = useCallback(async () => {
    await client.query(MeetingDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
    setGeneration((g) => g + 1);
  }, [client, id]);
  if (result.error && !meeting) return <QueryError error={result.error} notFoundTitle={t.meetings.meeting.notFound} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!meeting) {
    if (result.fetching || !result.data) return <PageSkeleton />;
    return <NotFound title={t.meetings.meeting.notFound} hint={t.meetings.meeting.notFoundHint} />;
  }
  return <MeetingForm key={`${meeting.id}:${generation}`} org={meeting.organization} initial={meeting} suggested={null} onReload={reload} />;
}

function MeetingForm({
  org,
  initial,
  suggested,
  onReload,
}: {
  org: FormOrg;
  initial: MeetingFullFragment | null;
  suggested: { place: string; startTime: string; endTime: string } | null;
  onReload: () => void;
}) {
  const { t, f } = useMeetingsI18n();
  const tf = t.meetings.form;
  const { viewer } = useSession();
  const linkTo = useLinkTo();
  const today = todayInVietnam();
  const canEdit = canEditOrg(viewer, org);
  const state = useMeetingDraft(org, initial, suggested, today);
  const { draft, setDraft, set, mark, dateOk, attempted, rollRes, reloadRoll, roll, rows, choices, guestsLoading, counts, rate, ruleProblems, serverNow, problemAt, field, dirty } = state;
  const rollRef = useRef<HTMLDivElement>(null);
  // Leaving with changes asks first; after a save the form opens the meeting unasked. Ctrl+S saves from anywhere in the form.
  const guard = useUnsavedChangesGuard(dirty, { title: tf.leaveTitle, content: tf.leaveText, okText: tf.leave, cancelText: tf.stay });
  const { save, saving, conflict } = useSaveMeeting(state, { org, initial, canEdit, today, onReload, onSaved: guard.release });
  useSaveShortcut(() => void save(), true);
  const title = initial ? tf.editTitle : tf.newTitle;
  const problemCount = ruleProblems.length + (serverNow?.problems.length ?? 0);

  if (!holdsMembers(org.kind)) {
    return <Alert type="info" showIcon title={t.meetings.list.notACell} />;
  }

  return (
    <Flex vertical gap={16} data-testid="meeting-form" className="fg-meeting-form">
      <MeetingCrumbs org={org} current={title} t={t} />
      <Flex justify="space-between" align="center" wrap gap={12}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          <Typography.Text type="secondary">{org.name}</Typography.Text>
        </div>
      </Flex>

      {!canEdit ? <Alert type="warning" showIcon title={tf.readOnly} /> : null}
      {state.restored ? <Alert type="info" showIcon closable title={t.common.draftRestored} data-testid="draft-restored" /> : null}
      {conflict ? (
        <Alert
          type="error"
          showIcon
          data-testid="conflict"
          title={tf.conflictTitle}
          description={tf.conflictText}
          action={
            <Button danger type="primary" onClick={() => onReload()}>
              {tf.reload}
            </Button>
          }
        />
      ) : null}
      {serverNow && serverNow.general.length ? (
        <Alert
          type="error"
          showIcon
          data-testid="server-problems"
          title={tf.serverProblems}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {serverNow.general.map((g, i) => (
                <li key={i}>{g}</li>
              ))}
            </ul>
          }
        />
      ) : null}

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <DetailsCard org={org} draft={draft} set={set} field={field} canEdit={canEdit} today={today} />

            <GuestsCard draft={draft} setDraft={setDraft} choices={choices} loading={guestsLoading} field={field} canEdit={canEdit} />
          </Flex>
        </Col>

        <Col xs={24} xl={15}>
          <Card
            size="small"
            title={tf.roll}
            extra={
              canEdit ? (
                <Button
                  size="small"
                  icon={<CheckOutlined />}
                  onClick={() => setDraft((d) => ({ ...d, marks: {} }))}
                  disabled={Object.values(draft.marks).every((m) => m.status === 'PRESENT')}
                  data-testid="all-present"
                >
                  {tf.allPresent}
                </Button>
              ) : null
            }
          >
            <Flex vertical gap={12}>
              <RollCounts counts={counts} rate={rate} />
              {canEdit ? (
                <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }}>
                  {tf.rollHint}
                </Typography.Paragraph>
              ) : null}
              {problemAt('attendance') ? <Alert type="error" showIcon title={problemAt('attendance')} /> : null}
              {rollRes.error && !roll ? <Alert type="error" showIcon title={tf.rollFailed} action={<Button size="small" onClick={() => reloadRoll({ requestPolicy: 'network-only' })}>{t.common.retry}</Button>} /> : null}
              <div ref={rollRef}>
                <AttendanceRoll rows={rows} draft={draft} mark={mark} problemAt={problemAt} loading={dateOk && !roll && !rollRes.error} canEdit={canEdit} />
              </div>
            </Flex>
          </Card>
        </Col>
      </Row>

      {/* Always in reach at the foot of the window, whatever the length of the roll. */}
      <div style={{ position: 'sticky', bottom: 0, zIndex: 5 }}>
        <Card size="small" styles={{ body: { padding: '10px 16px' } }} style={{ boxShadow: '0 -2px 8px rgba(0,0,0,.08)' }} data-testid="form-actions">
          <Flex justify="space-between" align="center" wrap gap={12}>
            <Space size={16} wrap>
              <Typography.Text data-testid="footer-counts">
                {tf.counts.present}: <strong>{f.number(counts.present)}/{f.number(counts.eligible)}</strong>
                {' · '}
                {tf.counts.rate}: <strong style={{ color: rateColor(rate) }}>{rate == null ? t.common.none : f.percent(rate)}</strong>
              </Typography.Text>
              {attempted && problemCount > 0 ? (
                <Typography.Text type="danger" data-testid="problem-count">
                  {tf.fixFirst(problemCount)}
                </Typography.Text>
              ) : null}
            </Space>
            <Space>
              <Link to={linkTo(initial ? meetingPath(initial.id) : meetingsPath(org.id))}>
                <Button>{tf.cancel}</Button>
              </Link>
              {canEdit ? (
                <Tooltip title="Ctrl+S">
                  <Button type="primary" icon={<SaveOutlined />} loading={saving} disabled={!roll} onClick={() => void save()} data-testid="save-meeting">
                    {saving ? tf.saving : tf.save}
                  </Button>
                </Tooltip>
              ) : null}
            </Space>
          </Flex>
        </Card>
      </div>
    </Flex>
  );
}
