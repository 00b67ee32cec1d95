import { useCallback, useState } from 'react';
import { Alert, Breadcrumb, Button, Card, Col, Flex, Input, Modal, Popconfirm, Row, Space, Tag, Tooltip, Typography } from 'antd';
import { CheckOutlined, LockOutlined, RollbackOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { isBaseItemKind, isFourGoodModel, type CriteriaModel } from '@fourgood/rules';
import { useSession } from '../../auth/session';
import { NotFound, PageSkeleton, QueryError } from '../../components/States';
import { useStaffI18n } from '../../i18n/staff';
import { useDocumentTitle } from '../../lib/hooks';
import { orgPath, useLinkTo } from '../../lib/url';
import { useSaveShortcut } from '../../lib/useSaveShortcut';
import { useUnsavedChangesGuard } from '../../lib/useUnsavedChangesGuard';
import { criteriaPath } from '../criteria/util';
import { useGridKeys } from '../criteria/grid';
import '../criteria/grid.css';
import { AssessmentDocument } from './queries';
import { ResultCard } from './ResultCard';
import { answered, type Full } from './sheet/entries';
import { History, Outcome, StatusSteps } from './sheet/SheetParts';
import { SheetTable } from './sheet/SheetTable';
import { useSaveAssessment } from './sheet/useSaveAssessment';
import { useScoreDraft } from './sheet/useScoreDraft';
import { AssessmentStatusTag } from './util';

/**
 * The scoring sheet (`/assessments/:id`): the unit's staff enter their scores and submit; staff of
 * the superior review, approve or return. Totals, level and "4 good" are worked out while typing.
 */
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

function ScoreSheet({ initial, onReload }: { initial: Full; onReload: () => Promise<void> }) {
  const { t, f, lang } = useStaffI18n();
  const ts = t.scoring;
  const { viewer } = useSession();
  const linkTo = useLinkTo();
  const draft = useScoreDraft(initial, viewer, lang);
  const { current, def, self, setSelf, review, setReview, canSelf, canReview, showReview, dirty, selfResult, final, finalResult, selfProblems, reviewProblems } = draft;
  const { busy, conflict, doSave, doSubmit, doApprove, doReturn } = useSaveAssessment(draft, onReload);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const { ref, onKeyDownCapture } = useGridKeys('columns');
  const org = current.organization;
  const status = current.status;
  const fourGoodModel = isFourGoodModel(def.model);

  useUnsavedChangesGuard(dirty, { title: t.criteria.editor.leaveTitle, content: ts.sheet.leaveText, okText: t.criteria.editor.leave, cancelText: t.criteria.editor.stay });
  useSaveShortcut(() => {
    if (dirty && !busy) void doSave();
  }, true);
  const returnNow = async () => {
    if (await doReturn(reason)) {
      setReturning(false);
      setReason('');
    }
  };

  const missingSelf = def.items.filter((i) => (isBaseItemKind(i.kind) || i.kind === 'VETO') && !answered(i.kind, self[i.code])).length;
  const missingFinal = def.items.filter((i) => (isBaseItemKind(i.kind) || i.kind === 'VETO') && !answered(i.kind, final[i.code])).length;
  const subject = current.member ? `${current.member.fullName} · ${org?.name ?? ''}` : (org?.name ?? '');

  return (
    <Flex vertical gap={16} data-testid="assessment">
      <Breadcrumb items={[{ title: <Link to={linkTo('/assessments')}>{ts.list.title}</Link> }, { title: `${subject} · ${current.period}` }]} />

      {draft.restored ? <Alert type="info" showIcon closable title={t.common.draftRestored} data-testid="draft-restored" /> : null}
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
        onOk={() => void returnNow()}
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
