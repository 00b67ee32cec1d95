import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, App, Breadcrumb, Button, Card, Col, Flex, Input, Modal, Popconfirm, Row, Space, Steps, Table, Tag, Timeline, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CheckOutlined, DatabaseOutlined, LockOutlined, RollbackOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Link, useBlocker, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import {
  DEFAULT_OUTCOME_RULES,
  isBaseItemKind,
  isFourGoodModel,
  meetingQualityOf,
  scoreAssessment,
  validateEntries,
  type CriteriaModel,
  type CriteriaTableDef,
  type EntryProblem,
  type ItemKind,
  type ScoreEntry,
  type ScoreResult,
  type VetoEffect,
} from '@fourgood/rules';
import { useSession } from '../../auth/session';
import { NotFound, PageSkeleton, QueryError } from '../../components/States';
import type { AssessmentFullFragment } from '../../gql/graphql';
import { useStaffI18n, type StaffDict } from '../../i18n/staff';
import { useDocumentTitle } from '../../lib/hooks';
import { orgPath, useLinkTo } from '../../lib/url';
import { apiProblem, canEditOrg, canReviewOrg } from '../criteria/access';
import { criteriaPath, formatDateTime, KIND_COLORS } from '../criteria/util';
import { numberText, textNumber } from '../criteria/draft';
import { gridCell, useGridKeys } from '../criteria/grid';
import '../criteria/grid.css';
import {
  ApproveAssessmentDocument,
  AssessmentDocument,
  AssessmentHistoryDocument,
  ReturnAssessmentDocument,
  SaveScoresDocument,
  SubmitAssessmentDocument,
} from './queries';
import { FourGoodTag, LEVEL_COLORS, ResultCard } from './ResultCard';
import { AssessmentStatusTag } from './util';
import { YesNoCell } from './YesNoCell';

type Full = AssessmentFullFragment;
type Side = 'SELF' | 'REVIEW';
interface Entry {
  points: string;
  yes: boolean | null;
  note: string;
}
type Entries = Record<string, Entry>;

const MEETING_QUALITY_COLORS = { GOOD: 'green', FAIR: 'cyan', AVERAGE: 'gold', POOR: 'red' } as const;

const takesYes = (kind: ItemKind) => kind === 'YES_NO' || kind === 'VETO';

export default function AssessmentPage() {
  const { id = '' } = useParams();
  const { t } = useStaffI18n();
  const client = useClient();
  const [result, reexecute] = useQuery({ query: AssessmentDocument, variables: { id } });
  const [generation, setGeneration] = useState(0);
  const assessment = result.data?.assessment?.id === id ? result.data.assessment : null;
  useDocumentTitle(assessment ? `${assessment.organization?.name ?? ''} · ${assessment.period}` : result.fetching ? null : t.scoring.sheet.notFound);
  const reload = useCallback(async () => {
    await client.query(AssessmentDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
    setGeneration((g) => g + 1);
  }, [client, id]);

  if (result.error && !assessment) return <QueryError error={result.error} notFoundTitle={t.scoring.sheet.notFound} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!assessment) {
    if (result.fetching || !result.data) return <PageSkeleton />;
    return <NotFound title={t.scoring.sheet.notFound} hint={t.scoring.sheet.notFoundHint} />;
  }
  return <ScoreSheet key={`${assessment.id}:${generation}`} initial={assessment} onReload={reload} />;
}

function definitionOf(a: Full): CriteriaTableDef {
  return {
    model: a.table.model as CriteriaModel,
    outcome: { ...DEFAULT_OUTCOME_RULES, ...a.table.outcome },
    groups: a.table.groups.map((g) => ({ code: g.code, title: g.title, minPoints: g.minPoints ?? null })),
    items: a.table.items.map((i) => ({ code: i.code, groupCode: i.groupCode, text: i.text, guidance: i.guidance, kind: i.kind as ItemKind, maxPoints: i.maxPoints, vetoEffect: (i.vetoEffect as VetoEffect | null) ?? null, metric: i.metric })),
  };
}

function entriesOf(a: Full, side: Side, lang: 'vi' | 'en'): Entries {
  const out: Entries = {};
  for (const item of a.table.items) out[item.code] = { points: '', yes: null, note: '' };
  for (const s of a.scores) {
    out[s.itemCode] =
      side === 'SELF'
        ? { points: numberText(s.selfPoints, lang), yes: s.selfYes ?? null, note: s.selfNote ?? '' }
        : { points: numberText(s.reviewPoints, lang), yes: s.reviewYes ?? null, note: s.reviewNote ?? '' };
  }
  return out;
}

const answered = (kind: ItemKind, e: Entry | undefined) => !!e && (takesYes(kind) ? e.yes !== null : e.points.trim() !== '');

/** What the rules read from one side's entries (text that does not parse stays NaN: validateEntries reports it). */
function ruleEntries(def: CriteriaTableDef, entries: Entries): ScoreEntry[] {
  const out: ScoreEntry[] = [];
  for (const item of def.items) {
    const e = entries[item.code];
    if (!answered(item.kind, e)) continue;
    out.push(takesYes(item.kind) ? { itemCode: item.code, yes: e!.yes } : { itemCode: item.code, points: textNumber(e!.points) });
  }
  return out;
}

/** The reviewer's answer where there is one, the unit's elsewhere: what approval fixes. */
function finalEntries(def: CriteriaTableDef, self: Entries, review: Entries): Entries {
  const out: Entries = {};
  for (const item of def.items) out[item.code] = answered(item.kind, review[item.code]) ? review[item.code]! : self[item.code]!;
  return out;
}

function scoresInput(def: CriteriaTableDef, entries: Entries) {
  return def.items.map((item) => {
    const e = entries[item.code] ?? { points: '', yes: null, note: '' };
    const points = e.points.trim() === '' ? null : textNumber(e.points);
    return {
      itemCode: item.code,
      points: takesYes(item.kind) ? null : points,
      yes: takesYes(item.kind) ? e.yes : null,
      note: e.note.trim() || null,
    };
  });
}

function entryProblemText(t: StaffDict, f: ReturnType<typeof useStaffI18n>['f'], p: EntryProblem, max: number): string {
  const m = t.scoring.problems;
  if (p.code === 'OUT_OF_RANGE') return m.OUT_OF_RANGE(f.number(max));
  const text = (m as Record<string, unknown>)[p.code];
  return typeof text === 'string' ? text : p.message;
}

function ScoreSheet({ initial, onReload }: { initial: Full; onReload: () => Promise<void> }) {
  const { t, f, lang } = useStaffI18n();
  const ts = t.scoring;
  const { message, modal } = App.useApp();
  const { viewer } = useSession();
  const linkTo = useLinkTo();
  const [current, setCurrent] = useState<Full>(initial);
  const def = useMemo(() => definitionOf(current), [current]);
  const [self, setSelf] = useState<Entries>(() => entriesOf(initial, 'SELF', lang));
  const [review, setReview] = useState<Entries>(() => entriesOf(initial, 'REVIEW', lang));
  const [baseline, setBaseline] = useState(() => ({ self: JSON.stringify(scoresInput(definitionOf(initial), entriesOf(initial, 'SELF', lang))), review: JSON.stringify(scoresInput(definitionOf(initial), entriesOf(initial, 'REVIEW', lang))) }));
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState<null | 'save' | 'submit' | 'approve' | 'return'>(null);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [, saveScores] = useMutation(SaveScoresDocument);
  const [, submit] = useMutation(SubmitAssessmentDocument);
  const [, approve] = useMutation(ApproveAssessmentDocument);
  const [, returnIt] = useMutation(ReturnAssessmentDocument);
  const { ref, onKeyDownCapture } = useGridKeys('columns');

  const org = current.organization;
  const status = current.status;
  const canSelf = canEditOrg(viewer, org) && (status === 'DRAFT' || status === 'RETURNED');
  const canReview = canReviewOrg(viewer, org) && status === 'SUBMITTED';
  const hasReview = current.scores.some((s) => s.reviewPoints != null || s.reviewYes != null);
  const showReview = status === 'SUBMITTED' || status === 'APPROVED' || hasReview;

  const selfDirty = JSON.stringify(scoresInput(def, self)) !== baseline.self;
  const reviewDirty = JSON.stringify(scoresInput(def, review)) !== baseline.review;
  const dirty = (canSelf && selfDirty) || (canReview && reviewDirty);

  const selfResult: ScoreResult = useMemo(() => scoreAssessment(def, ruleEntries(def, self)), [def, self]);
  const final = useMemo(() => finalEntries(def, self, review), [def, self, review]);
  const finalResult: ScoreResult = useMemo(() => scoreAssessment(def, ruleEntries(def, final)), [def, final]);
  const selfProblems = useMemo(() => validateEntries(def, ruleEntries(def, self)), [def, self]);
  const reviewProblems = useMemo(() => validateEntries(def, ruleEntries(def, review)), [def, review]);
  const fourGoodModel = isFourGoodModel(def.model);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t.criteria.editor.leaveTitle,
      content: ts.sheet.leaveText,
      okText: t.criteria.editor.leave,
      cancelText: t.criteria.editor.stay,
      okButtonProps: { danger: true },
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t, ts]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const accept = (a: Full) => {
    setCurrent(a);
    const d = definitionOf(a);
    const s = entriesOf(a, 'SELF', lang);
    const r = entriesOf(a, 'REVIEW', lang);
    setSelf(s);
    setReview(r);
    setBaseline({ self: JSON.stringify(scoresInput(d, s)), review: JSON.stringify(scoresInput(d, r)) });
  };

  const fail = (error: Parameters<typeof apiProblem>[0]) => {
    const p = apiProblem(error);
    if (!p) return;
    if (p.code === 'CONFLICT' && (p.reason === 'STALE_VERSION' || p.reason === 'WRONG_STATUS')) {
      setConflict(true);
      modal.confirm({ title: ts.sheet.conflictTitle, content: ts.sheet.conflictText, okText: t.criteria.editor.reload, cancelText: t.criteria.editor.conflictLater, onOk: () => onReload() });
      return;
    }
    if (p.reason === 'INCOMPLETE') return void message.error(ts.sheet.incompleteServer);
    if (p.reason === 'NOT_REVIEWER') return void message.error(ts.sheet.notReviewer);
    if (p.reason === 'OVERRIDE_NEEDS_NOTE') return void message.error(ts.sheet.overrideNeedsNote);
    if (p.reason === 'REVIEW_CHANGE_NEEDS_NOTE') return void message.error(ts.sheet.reviewChangeNeedsNote);
    if (p.reason === 'SAME_PERSON_SELF_AND_APPROVE') return void message.error(ts.sheet.samePersonSelfAndApprove);
    if (p.code === 'VALIDATION_FAILED') return void message.error(ts.sheet.invalidScores);
    message.error(String(t.errors[p.code in t.errors ? (p.code as keyof typeof t.errors) : 'UNKNOWN']));
  };

  /** Saves the side the viewer edits, when changed; returns the assessment to continue from, or null on failure. */
  const saveIfNeeded = async (): Promise<Full | null> => {
    const side: Side | null = canSelf && selfDirty ? 'SELF' : canReview && reviewDirty ? 'REVIEW' : null;
    if (!side) return current;
    const problems = side === 'SELF' ? selfProblems : reviewProblems;
    if (problems.length) {
      message.error(ts.sheet.fixBeforeSave(problems.length));
      return null;
    }
    const res = await saveScores({ input: { id: current.id, expectedVersion: current.lockVersion, side, scores: scoresInput(def, side === 'SELF' ? self : review) } });
    if (!res.data) {
      fail(res.error);
      return null;
    }
    accept(res.data.saveScores);
    return res.data.saveScores;
  };

  const doSave = async () => {
    setBusy('save');
    const saved = await saveIfNeeded();
    setBusy(null);
    if (saved) message.success(ts.sheet.saved);
  };

  const doSubmit = async () => {
    setBusy('submit');
    const saved = await saveIfNeeded();
    if (!saved) return setBusy(null);
    const res = await submit({ input: { id: saved.id, expectedVersion: saved.lockVersion } });
    setBusy(null);
    if (!res.data) return fail(res.error);
    accept(res.data.submitAssessment);
    message.success(ts.sheet.submitted);
  };

  const doApprove = async () => {
    setBusy('approve');
    const saved = await saveIfNeeded();
    if (!saved) return setBusy(null);
    const res = await approve({ input: { id: saved.id, expectedVersion: saved.lockVersion } });
    setBusy(null);
    if (!res.data) return fail(res.error);
    accept(res.data.approveAssessment);
    message.success(ts.sheet.approved);
  };

  const doReturn = async () => {
    if (!reason.trim()) return;
    setBusy('return');
    const saved = await saveIfNeeded();
    if (!saved) return setBusy(null);
    const res = await returnIt({ input: { id: saved.id, expectedVersion: saved.lockVersion, reason: reason.trim() } });
    setBusy(null);
    if (!res.data) return fail(res.error);
    setReturning(false);
    setReason('');
    accept(res.data.returnAssessment);
    message.success(ts.sheet.returned);
  };

  // Ctrl+S saves.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (dirty && !busy) void doSave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const missingSelf = def.items.filter((i) => (isBaseItemKind(i.kind) || i.kind === 'VETO') && !answered(i.kind, self[i.code])).length;
  const missingFinal = def.items.filter((i) => (isBaseItemKind(i.kind) || i.kind === 'VETO') && !answered(i.kind, final[i.code])).length;
  const subject = current.member ? `${current.member.fullName} · ${org?.name ?? ''}` : (org?.name ?? '');

  return (
    <Flex vertical gap={16} data-testid="assessment">
      <Breadcrumb items={[{ title: <Link to={linkTo('/assessments')}>{ts.list.title}</Link> }, { title: `${subject} · ${current.period}` }]} />

      {conflict ? (
        <Alert
          type="error"
          showIcon
          data-testid="conflict"
          title={ts.sheet.conflictTitle}
          description={ts.sheet.conflictText}
          action={
            <Button danger type="primary" onClick={() => void onReload()}>
              {t.criteria.editor.reload}
            </Button>
          }
        />
      ) : null}

      <Card>
        <Flex justify="space-between" gap={16} wrap>
          <Flex vertical gap={6} style={{ minWidth: 0, flex: '1 1 480px' }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="assessment-title">
              {org ? <Link to={linkTo(orgPath(org.id))}>{subject}</Link> : subject}
            </Typography.Title>
            <Space size={6} wrap>
              <Tag color="purple">{ts.sheet.periodTag(current.period)}</Tag>
              <Tag>{t.criteria.enums.model[current.model as CriteriaModel]}</Tag>
              <AssessmentStatusTag status={status} />
              {!canSelf && !canReview ? <Tag icon={<LockOutlined />}>{ts.sheet.readOnly}</Tag> : null}
            </Space>
            <Typography.Text type="secondary">
              {ts.sheet.table}: <Link to={linkTo(criteriaPath(current.table.id))}>{current.table.name}</Link> ({t.criteria.editor.versionN(current.table.version)})
            </Typography.Text>
            {current.meeting ? (
              <Link to={linkTo(`/meetings/${encodeURIComponent(current.meeting.id)}`)} data-testid="assessment-meeting">
                {ts.sheet.meetingOf(f.date(current.meeting.date))}
              </Link>
            ) : null}
          </Flex>
          <div style={{ flex: '1 1 520px', maxWidth: 720 }}>
            <StatusSteps a={current} />
          </div>
        </Flex>
        {status === 'RETURNED' && current.returnReason ? (
          <Alert type="warning" showIcon style={{ marginTop: 12 }} title={ts.sheet.returnedBecause} description={current.returnReason} data-testid="return-reason" />
        ) : null}
        {status === 'APPROVED' ? (
          <Alert
            type="success"
            showIcon
            style={{ marginTop: 12 }}
            data-testid="approved"
            title={ts.sheet.approvedFinal(f.number(current.total ?? 0), current.level ? ts.enums.level[current.level] : '', fourGoodModel ? (current.fourGood ? ts.fourGoodYes : ts.fourGoodNo) : null)}
          />
        ) : null}
      </Card>

      <div className="fg-sumbar">
        <Card size="small" styles={{ body: { padding: '10px 16px' } }} style={{ boxShadow: '0 2px 8px rgba(0,0,0,.08)' }}>
          <Flex justify="space-between" align="center" gap={12} wrap>
            <Flex gap={24} wrap align="center">
              <Outcome label={ts.sheet.selfShort} result={selfResult} fourGoodModel={fourGoodModel} meetingModel={def.model === 'MEETING_QUALITY'} testId="self" />
              {showReview ? <Outcome label={ts.sheet.finalShort} result={finalResult} fourGoodModel={fourGoodModel} meetingModel={def.model === 'MEETING_QUALITY'} testId="final" /> : null}
            </Flex>
            <Flex gap={8} wrap>
              {(canSelf || canReview) ? (
                <Button icon={<SaveOutlined />} onClick={() => void doSave()} disabled={!dirty} loading={busy === 'save'} data-testid="save-scores">
                  {dirty ? ts.sheet.save : ts.sheet.savedShort}
                </Button>
              ) : null}
              {canSelf ? (
                <Tooltip title={missingSelf ? ts.sheet.missing(missingSelf) : undefined}>
                  <Popconfirm title={ts.sheet.submitConfirmTitle} description={<div style={{ maxWidth: 340 }}>{ts.sheet.submitConfirm}</div>} okText={ts.sheet.submit} cancelText={t.criteria.grid.cancel} onConfirm={() => void doSubmit()} disabled={missingSelf > 0}>
                    <Button type="primary" icon={<SendOutlined />} disabled={missingSelf > 0} loading={busy === 'submit'} data-testid="submit">
                      {ts.sheet.submit}
                    </Button>
                  </Popconfirm>
                </Tooltip>
              ) : null}
              {canReview ? (
                <>
                  <Button danger icon={<RollbackOutlined />} onClick={() => setReturning(true)} loading={busy === 'return'} data-testid="return">
                    {ts.sheet.return}
                  </Button>
                  <Tooltip title={missingFinal ? ts.sheet.missing(missingFinal) : undefined}>
                    <Popconfirm
                      title={ts.sheet.approveConfirmTitle}
                      description={
                        <div style={{ maxWidth: 340 }}>
                          {ts.sheet.approveConfirm(f.number(finalResult.total), ts.enums.level[finalResult.level], fourGoodModel ? (finalResult.fourGood ? ts.fourGoodYes : ts.fourGoodNo) : null)}
                        </div>
                      }
                      okText={ts.sheet.approve}
                      cancelText={t.criteria.grid.cancel}
                      onConfirm={() => void doApprove()}
                      disabled={missingFinal > 0}
                    >
                      <Button type="primary" icon={<CheckOutlined />} disabled={missingFinal > 0} loading={busy === 'approve'} data-testid="approve">
                        {ts.sheet.approve}
                      </Button>
                    </Popconfirm>
                  </Tooltip>
                </>
              ) : null}
            </Flex>
          </Flex>
        </Card>
      </div>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={showReview ? 24 : 15} xxl={showReview ? 17 : 16}>
          <Card size="small" title={ts.sheet.scores}>
            {canSelf || canReview ? (
              <Typography.Paragraph type="secondary" style={{ marginTop: 0, fontSize: 13 }}>
                {ts.sheet.keyboardHint}
              </Typography.Paragraph>
            ) : null}
            <div ref={ref} onKeyDownCapture={onKeyDownCapture} className="fg-grid" data-testid="score-sheet">
              <SheetTable
                def={def}
                self={self}
                review={review}
                setSelf={setSelf}
                setReview={setReview}
                canSelf={canSelf}
                canReview={canReview}
                showReview={showReview}
                selfResult={selfResult}
                finalResult={finalResult}
                selfProblems={selfProblems}
                reviewProblems={reviewProblems}
                approved={status === 'APPROVED'}
                scores={current.scores}
              />
            </div>
          </Card>
        </Col>
        <Col xs={24} xl={showReview ? 24 : 9} xxl={showReview ? 7 : 8}>
          <Flex vertical gap={16}>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={showReview ? 12 : 24} xxl={24}>
                <ResultCard title={canSelf ? ts.result.selfTitle : ts.result.selfTitleReadOnly} result={selfResult} def={def} testId="self-result" />
              </Col>
              {showReview ? (
                <Col xs={24} lg={12} xxl={24}>
                  <ResultCard title={status === 'APPROVED' ? ts.result.approvedTitle : ts.result.finalTitle} result={finalResult} def={def} testId="final-result" />
                </Col>
              ) : null}
            </Row>
            <History key={`${current.id}:${current.lockVersion}:${current.status}`} a={current} />
          </Flex>
        </Col>
      </Row>

      <Modal
        open={returning}
        title={ts.sheet.returnTitle}
        onCancel={() => setReturning(false)}
        onOk={() => void doReturn()}
        okText={ts.sheet.return}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: busy === 'return' }}
        cancelText={t.criteria.grid.cancel}
        destroyOnHidden
      >
        <Typography.Paragraph>{ts.sheet.returnIntro}</Typography.Paragraph>
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount placeholder={ts.sheet.returnPlaceholder} data-testid="return-reason-input" autoFocus />
      </Modal>
    </Flex>
  );
}

function Outcome({ label, result, fourGoodModel, meetingModel, testId }: { label: string; result: ScoreResult; fourGoodModel: boolean; meetingModel?: boolean; testId: string }) {
  const { t, f } = useStaffI18n();
  return (
    <Flex align="center" gap={10} data-testid={`${testId}-outcome`}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <span style={{ fontSize: 24, fontWeight: 700, fontVariantNumeric: 'tabular-nums' }} data-testid={`${testId}-total`}>
        {f.number(result.total)}
      </span>
      <Tag color={LEVEL_COLORS[result.level]} style={{ marginInlineEnd: 0 }} data-testid={`${testId}-level`}>
        {t.scoring.enums.levelShort[result.level]}
      </Tag>
      {fourGoodModel ? <FourGoodTag value={result.fourGood} testId={`${testId}-four-good`} size="large" /> : null}
      {/* A meeting's quality is told in its own words (tốt / khá / trung bình / kém). */}
      {meetingModel ? (
        <Tag color={MEETING_QUALITY_COLORS[meetingQualityOf(result.level)]} style={{ marginInlineEnd: 0 }} data-testid={`${testId}-meeting-quality`}>
          {t.scoring.sheet.meetingQuality(t.scoring.enums.meetingQuality[meetingQualityOf(result.level)])}
        </Tag>
      ) : null}
    </Flex>
  );
}


function StatusSteps({ a }: { a: Full }) {
  const { t } = useStaffI18n();
  const s = t.scoring.steps;
  const at = (iso: string | null | undefined) => (iso ? formatDateTime(iso) : undefined);
  const current = a.status === 'DRAFT' || a.status === 'RETURNED' ? 0 : a.status === 'SUBMITTED' ? 1 : 2;
  return (
    <Steps
      size="small"
      current={current}
      status={a.status === 'RETURNED' ? 'error' : a.status === 'APPROVED' ? 'finish' : 'process'}
      data-testid="status-steps"
      items={[
        { title: a.status === 'RETURNED' ? s.returned : s.self, content: a.status === 'RETURNED' ? s.returnedHint : a.status === 'DRAFT' ? s.selfHint : undefined },
        { title: s.review, content: a.submittedAt ? s.submittedAt(at(a.submittedAt)!) : undefined },
        { title: s.approved, content: a.approvedAt ? at(a.approvedAt) : undefined },
      ]}
    />
  );
}

function History({ a }: { a: Full }) {
  const { t } = useStaffI18n();
  const { viewer } = useSession();
  const orgId = a.organization?.id;
  const [res] = useQuery({ query: AssessmentHistoryDocument, variables: { organizationId: orgId ?? '' }, pause: !orgId || !viewer?.canEdit, requestPolicy: 'network-only' });
  const entries = (res.data?.auditLog.nodes ?? []).filter((e) => e.entityType === 'Assessment' && e.entityId === a.id).sort((x, y) => x.at.localeCompare(y.at));
  // The parent remounts it when the assessment moves on, so it reads the log again.
  if (!viewer?.canEdit || res.error || entries.length === 0) return null;
  const actions = t.scoring.history.actions as Record<string, string>;
  return (
    <Card size="small" title={t.scoring.history.title} data-testid="history">
      <Timeline
        items={entries.map((e, i) => ({
          key: i,
          color: e.action === 'approveAssessment' ? 'green' : e.action === 'returnAssessment' ? 'red' : e.action === 'submitAssessment' ? 'blue' : 'gray',
          content: (
            <Flex vertical>
              <span>
                <strong>{actions[e.action] ?? e.action}</strong> · {e.username}
              </span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(e.at)}
              </Typography.Text>
              {e.action === 'returnAssessment' && typeof e.after?.returnReason === 'string' ? <Typography.Text italic>“{e.after.returnReason}”</Typography.Text> : null}
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}

type SheetRow = { type: 'group'; key: string; code: string; title: string } | { type: 'item'; key: string; item: CriteriaTableDef['items'][number] };

function SheetTable({
  def,
  self,
  review,
  setSelf,
  setReview,
  canSelf,
  canReview,
  showReview,
  selfResult,
  finalResult,
  selfProblems,
  reviewProblems,
  approved,
  scores,
}: {
  approved: boolean;
  scores: Full['scores'];
  def: CriteriaTableDef;
  self: Entries;
  review: Entries;
  setSelf: (u: (e: Entries) => Entries) => void;
  setReview: (u: (e: Entries) => Entries) => void;
  canSelf: boolean;
  canReview: boolean;
  showReview: boolean;
  selfResult: ScoreResult;
  finalResult: ScoreResult;
  selfProblems: EntryProblem[];
  reviewProblems: EntryProblem[];
}) {
  const { t, f } = useStaffI18n();
  const ts = t.scoring.sheet;
  const rows: SheetRow[] = [];
  for (const g of def.groups) {
    rows.push({ type: 'group', key: `g:${g.code}`, code: g.code, title: g.title });
    for (const item of def.items.filter((i) => i.groupCode === g.code)) rows.push({ type: 'item', key: item.code, item });
  }
  const rowIndex = new Map(rows.map((r, i) => [r.key, i] as const));
  const scoreOf = (code: string) => scores.find((s) => s.itemCode === code);
  const problemsOf = (list: EntryProblem[], code: string, max: number) => list.filter((p) => p.itemCode === code).map((p) => entryProblemText(t, f, p, max));

  const points = (side: Side, row: Extract<SheetRow, { type: 'item' }>) => {
    const { item } = row;
    const entries = side === 'SELF' ? self : review;
    const set = side === 'SELF' ? setSelf : setReview;
    const editable = side === 'SELF' ? canSelf : canReview;
    const e = entries[item.code] ?? { points: '', yes: null, note: '' };
    // What a blank reviewer's cell keeps (the unit's score): shown to the reviewer while reviewing and to everyone once approved.
    const inherited = side === 'REVIEW' && (editable || approved) ? self[item.code] : undefined;
    const messages = problemsOf(side === 'SELF' ? selfProblems : reviewProblems, item.code, item.maxPoints);
    const r = rowIndex.get(row.key)!;
    const c = side === 'SELF' ? 0 : 2;
    // The reviewer's answer differs from the unit's: marked so both see what the superior changed.
    const own = self[item.code];
    const changed =
      side === 'REVIEW' && answered(item.kind, e) && answered(item.kind, own) && (takesYes(item.kind) ? e.yes !== own!.yes : textNumber(e.points) !== textNumber(own!.points));
    const box = `fg-cell${messages.length ? ' fg-error' : ''}${changed ? ' fg-changed' : ''}`;
    const testId = `${side === 'SELF' ? 'self' : 'review'}-${item.code}`;
    const label = `${side === 'SELF' ? ts.self : ts.review} ${item.code}`;
    if (takesYes(item.kind)) {
      return (
        <div className={box} {...(editable ? gridCell(r, c) : {})} title={changed ? ts.changedByReviewer : undefined}>
          <YesNoCell
            value={e.yes}
            inherited={inherited?.yes ?? null}
            disabled={!editable}
            veto={item.kind === 'VETO'}
            label={label}
            testId={testId}
            onChange={(yes) => set((all) => ({ ...all, [item.code]: { ...(all[item.code] ?? e), yes } }))}
          />
        </div>
      );
    }
    if (!editable) {
      const shown = e.points || (side === 'REVIEW' && inherited?.points ? inherited.points : '');
      return (
        <div className={`fg-cell-read fg-num${changed ? ' fg-changed' : ''}`} style={{ textAlign: 'right', color: e.points ? undefined : '#8c8c8c' }} data-testid={testId} title={changed ? ts.changedByReviewer : undefined}>
          {shown || t.common.none}
        </div>
      );
    }
    return (
      <div className={box} {...gridCell(r, c)} title={changed ? ts.changedByReviewer : undefined}>
        <Input
          value={e.points}
          variant="borderless"
          className="fg-num"
          inputMode="decimal"
          autoComplete="off"
          placeholder={side === 'REVIEW' && inherited?.points ? inherited.points : `0–${f.number(item.maxPoints)}`}
          status={messages.length ? 'error' : undefined}
          aria-label={label}
          data-testid={testId}
          onChange={(ev) => {
            const v = ev.target.value;
            set((all) => ({ ...all, [item.code]: { ...(all[item.code] ?? e), points: v } }));
          }}
        />
        {messages.map((m, i) => (
          <div key={i} className="fg-cell-msg" role="alert">
            {m}
          </div>
        ))}
      </div>
    );
  };

  const note = (side: Side, row: Extract<SheetRow, { type: 'item' }>) => {
    const { item } = row;
    const entries = side === 'SELF' ? self : review;
    const set = side === 'SELF' ? setSelf : setReview;
    const editable = side === 'SELF' ? canSelf : canReview;
    const e = entries[item.code] ?? { points: '', yes: null, note: '' };
    if (!editable) return <div className="fg-cell-read" style={{ fontSize: 13 }}>{e.note || ''}</div>;
    return (
      <div className="fg-cell" {...gridCell(rowIndex.get(row.key)!, side === 'SELF' ? 1 : 3)}>
        <Input.TextArea
          value={e.note}
          variant="borderless"
          autoSize={{ minRows: 1, maxRows: 4 }}
          placeholder={ts.notePlaceholder}
          maxLength={2000}
          aria-label={`${ts.note} ${item.code}`}
          onChange={(ev) => {
            const v = ev.target.value;
            set((all) => ({ ...all, [item.code]: { ...(all[item.code] ?? e), note: v } }));
          }}
        />
      </div>
    );
  };

  const groupSum = (result: ScoreResult, code: string) => {
    const g = result.groups.find((x) => x.code === code);
    if (!g) return null;
    return (
      <span style={{ color: g.belowMinimum ? '#cf1322' : undefined, fontVariantNumeric: 'tabular-nums' }}>
        {f.number(g.points)} / {f.number(g.max)}
      </span>
    );
  };

  const isGroup = (r: SheetRow): r is Extract<SheetRow, { type: 'group' }> => r.type === 'group';
  const td = { className: 'fg-td' };
  const columns: ColumnsType<SheetRow> = [
    { key: 'code', title: t.criteria.grid.code, width: 64, onCell: () => td, render: (_, r) => <div className="fg-cell-read" style={{ fontWeight: isGroup(r) ? 600 : 400 }}>{isGroup(r) ? r.code : r.item.code}</div> },
    {
      key: 'text',
      title: ts.item,
      onCell: (r) => ({ ...td, colSpan: isGroup(r) ? 2 : 1 }),
      render: (_, r) =>
        isGroup(r) ? (
          <div className="fg-cell-read" style={{ fontWeight: 600 }}>
            {r.title}
          </div>
        ) : (
          <Flex vertical gap={2} className="fg-cell-read">
            <span>{r.item.text}</span>
            {r.item.guidance ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.item.guidance}
              </Typography.Text>
            ) : null}
            <MetricLine score={scoreOf(r.item.code)} />
          </Flex>
        ),
    },
    {
      key: 'max',
      title: ts.max,
      width: 120,
      align: 'right',
      onCell: (r) => ({ ...td, colSpan: isGroup(r) ? 0 : 1 }),
      render: (_, r) => (isGroup(r) ? null : <MaxCell kind={r.item.kind} max={r.item.maxPoints} vetoEffect={r.item.vetoEffect ?? null} />),
    },
    {
      key: 'self',
      title: ts.self,
      width: 128,
      align: 'right',
      onCell: () => td,
      render: (_, r) => (isGroup(r) ? <div className="fg-cell-read fg-num" style={{ fontWeight: 600 }} data-testid={`self-sum-${r.code}`}>{groupSum(selfResult, r.code)}</div> : points('SELF', r)),
    },
    { key: 'selfNote', title: ts.selfNote, width: 190, onCell: () => td, render: (_, r) => (isGroup(r) ? null : note('SELF', r)) },
  ];
  if (showReview) {
    columns.push(
      {
        key: 'review',
        title: ts.review,
        width: 128,
        align: 'right',
        onCell: () => td,
        render: (_, r) => (isGroup(r) ? <div className="fg-cell-read fg-num" style={{ fontWeight: 600 }} data-testid={`final-sum-${r.code}`}>{groupSum(finalResult, r.code)}</div> : points('REVIEW', r)),
      },
      { key: 'reviewNote', title: ts.reviewNote, width: 190, onCell: () => td, render: (_, r) => (isGroup(r) ? null : note('REVIEW', r)) },
    );
  }

  return (
    <Table<SheetRow>
      rowKey="key"
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: showReview ? 1100 : 820 }}
      rowClassName={(r) => (r.type === 'group' ? 'fg-group-row' : '')}
    />
  );
}

function MaxCell({ kind, max, vetoEffect }: { kind: ItemKind; max: number; vetoEffect: VetoEffect | null }) {
  const { t, f } = useStaffI18n();
  const tc = t.criteria;
  if (kind === 'SCORED') return <div className="fg-cell-read fg-num">{f.number(max)}</div>;
  const label = kind === 'BONUS' ? `+${f.number(max)}` : kind === 'DEDUCTION' ? `−${f.number(max)}` : kind === 'YES_NO' ? f.number(max) : null;
  return (
    <Flex vertical align="flex-end" className="fg-cell-read" gap={2}>
      {label ? <span className="fg-num">{label}</span> : null}
      <Tooltip title={kind === 'VETO' && vetoEffect ? tc.enums.vetoEffect[vetoEffect] : tc.enums.kindHint[kind]}>
        <Tag color={KIND_COLORS[kind]} style={{ marginInlineEnd: 0, fontSize: 11 }}>
          {tc.enums.kind[kind]}
        </Tag>
      </Tooltip>
    </Flex>
  );
}

/** What the recorded data gave for an item bound to a metric, and whether a side departs from it (as saved). */
function MetricLine({ score }: { score: Full['scores'][number] | undefined }) {
  const { t } = useStaffI18n();
  const ts = t.scoring.sheet;
  if (!score?.metric) return null;
  return (
    <Flex vertical gap={2} align="flex-start" data-testid={`metric-${score.itemCode}`}>
      <Tooltip title={ts.fromDataHint}>
        <Typography.Text style={{ fontSize: 12, color: '#0958d9' }}>
          <DatabaseOutlined /> {ts.fromData}: {score.metric.explanation}
        </Typography.Text>
      </Tooltip>
      {score.selfOverridden ? (
        <Tooltip title={score.selfNote ?? undefined}>
          <Tag color="orange" style={{ fontSize: 11 }}>
            {ts.selfOverridden}
          </Tag>
        </Tooltip>
      ) : null}
      {score.reviewOverridden ? (
        <Tooltip title={score.reviewNote ?? undefined}>
          <Tag color="volcano" style={{ fontSize: 11 }}>
            {ts.reviewOverridden}
          </Tag>
        </Tooltip>
      ) : null}
    </Flex>
  );
}
