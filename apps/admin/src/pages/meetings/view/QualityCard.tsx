import { useState } from 'react';
import { App, Button, Card, Flex, Form, Modal, Select, Space, Typography } from 'antd';
import { FormOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useClient, useMutation } from 'urql';
import { QualityTag } from '../../../components/meetings/tags';
import type { MeetingFullFragment } from '../../../gql/graphql';
import { useMeetingsI18n } from '../../../i18n/meetings';
import { useLinkTo } from '../../../lib/url';
import { assessmentPath, AssessmentStatusTag } from '../../assessments/util';
import { AssessmentsDocument, CreateAssessmentDocument, PublishedTablesDocument } from '../../assessments/queries';
import { apiProblem } from '../../criteria/access';

type Meeting = MeetingFullFragment;

/** The meeting-quality assessment: open it (creating it on a published meeting-quality table) or see its result. */
export function QualityCard({ meeting, canEdit }: { meeting: Meeting; canEdit: boolean }) {
  const { t, f } = useMeetingsI18n();
  const tm = t.meetings.meeting;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const linkTo = useLinkTo();
  const client = useClient();
  const [{ fetching: creating }, create] = useMutation(CreateAssessmentDocument);
  const [choosing, setChoosing] = useState<Array<{ id: string; label: string }> | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [looking, setLooking] = useState(false);
  const a = meeting.qualityAssessment;
  const org = meeting.organization;

  const open = async (tableId: string) => {
    const res = await create({ input: { meetingId: meeting.id, tableId } });
    if (res.data) return navigate(linkTo(assessmentPath(res.data.createAssessment.id)));
    const p = apiProblem(res.error);
    if (p?.reason === 'DUPLICATE_ASSESSMENT') {
      const found = await client.query(AssessmentsDocument, { filter: { meetingId: meeting.id }, first: 1 }, { requestPolicy: 'network-only' }).toPromise();
      const existing = found.data?.assessments.nodes[0];
      if (existing) return navigate(linkTo(assessmentPath(existing.id)));
    }
    message.error(p?.code === 'FORBIDDEN' ? t.meetings.problems.FORBIDDEN : tm.scoreFailed);
  };

  const start = async () => {
    setLooking(true);
    const res = await client.query(PublishedTablesDocument, { model: 'MEETING_QUALITY' }, { requestPolicy: 'network-only' }).toPromise();
    setLooking(false);
    const fitting = (res.data?.criteriaTables.nodes ?? [])
      .filter((x) => (!x.organizationKind || x.organizationKind === org.kind) && (!x.cellType || x.cellType === org.cellType))
      // The exact variant first, then the newest version.
      .sort((x, y) => Number(!!y.cellType) - Number(!!x.cellType) || Number(!!y.organizationKind) - Number(!!x.organizationKind) || x.seriesCode.localeCompare(y.seriesCode) || y.version - x.version);
    // One version per series: the newest.
    const latest = fitting.filter((x, i) => fitting.findIndex((y) => y.seriesCode === x.seriesCode) === i);
    if (latest.length === 0) return void message.error(tm.noQualityTable);
    if (latest.length === 1) return void open(latest[0]!.id);
    setChosen(latest[0]!.id);
    setChoosing(latest.map((x) => ({ id: x.id, label: `${x.name} · v${x.version}${x.owner ? ` · ${x.owner.name}` : ''}` })));
  };

  return (
    <Card size="small" title={tm.quality} data-testid="meeting-quality">
      {a ? (
        <Flex vertical gap={8}>
          <Space size={8} wrap>
            <AssessmentStatusTag status={a.status} />
            {a.status === 'APPROVED' ? (
              <>
                <QualityTag quality={meeting.quality} />
                {a.total != null ? <Typography.Text strong>{tm.qualityValue(f.number(a.total))}</Typography.Text> : null}
              </>
            ) : (
              <Typography.Text type="secondary">{tm.qualityDraft}</Typography.Text>
            )}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.table.name} · v{a.table.version}
          </Typography.Text>
          <div>
            <Link to={linkTo(assessmentPath(a.id))}>
              <Button icon={<FormOutlined />} data-testid="open-quality">
                {tm.openScore}
              </Button>
            </Link>
          </div>
        </Flex>
      ) : (
        <Flex vertical gap={8} align="flex-start">
          <Typography.Text type="secondary">{tm.qualityNone}</Typography.Text>
          {canEdit ? (
            <Button type="primary" icon={<FormOutlined />} loading={looking || creating} onClick={() => void start()} data-testid="score-quality">
              {tm.score}
            </Button>
          ) : null}
        </Flex>
      )}
      <Modal
        open={!!choosing}
        title={tm.score}
        onCancel={() => setChoosing(null)}
        onOk={() => chosen && void open(chosen)}
        okText={tm.score}
        cancelText={t.meetings.form.cancel}
        okButtonProps={{ loading: creating }}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={tm.chooseTable}>
            <Select value={chosen ?? undefined} onChange={setChosen} options={(choosing ?? []).map((c) => ({ value: c.id, label: c.label }))} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
