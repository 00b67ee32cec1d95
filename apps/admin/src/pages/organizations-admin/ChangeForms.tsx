import { Alert, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  addDays,
  CELL_TYPES,
  checkPlacement,
  checkRenameDate,
  COMMITTEE_SECTORS,
  holdsMembers,
  ORGANIZATION_CODE_PATTERN,
  ORGANIZATION_KINDS,
  renameReplaces,
  takesCellType,
  todayInVietnam,
  takesSector,
  type CellType,
  type CommitteeSector,
  type OrganizationKind,
} from '@fourgood/rules';
import type { ManagedOrganizationQuery } from '../../gql/graphql';
import { useManageI18n, type ManageI18nDict } from '../../i18n/manage';
import { kindLabel } from '../../lib/labels';
import { DateInput, dateRules, fromIso, letterRule, toIso } from '../manage/fields';
import { manageReasonText } from '../manage/problems';
import { OrgSearchSelect, type PickedOrg } from '../manage/OrgSearchSelect';
import { ChangePanel } from './ChangePanel';

export type ManagedOrg = NonNullable<ManagedOrganizationQuery['organization']>;
type Done = (org: { id: string; name: string }) => void;

const codeRules = (t: ManageI18nDict) => [
  { required: true, message: t.manage.common.required },
  { pattern: ORGANIZATION_CODE_PATTERN, message: t.manage.orgs.badCode },
];
const nameRules = (t: ManageI18nDict) => [
  { required: true, whitespace: true, message: t.manage.common.required },
  { max: 300, message: t.manage.orgs.nameLength },
  letterRule(t),
];

function SectorAndCellType({ kind }: { kind: OrganizationKind | undefined }) {
  const { t } = useManageI18n();
  return (
    <>
      {kind && takesSector(kind) ? (
        <Form.Item name="sector" label={t.manage.orgs.sector} rules={[{ required: true, message: t.manage.reasons.SECTOR_REQUIRED }]}>
          <Select data-testid="org-sector" options={COMMITTEE_SECTORS.map((s) => ({ value: s, label: t.enums.sector[s] }))} />
        </Form.Item>
      ) : null}
      {kind && takesCellType(kind) ? (
        <Form.Item name="cellType" label={t.manage.orgs.cellType} rules={[{ required: true, message: t.manage.reasons.CELL_TYPE_REQUIRED }]}>
          <Select data-testid="org-cell-type" options={CELL_TYPES.map((c) => ({ value: c, label: t.enums.cellType[c] }))} />
        </Form.Item>
      ) : null}
    </>
  );
}

interface CreateValues {
  kind: OrganizationKind;
  code: string;
  name: string;
  sector?: CommitteeSector;
  cellType?: CellType;
  foundedOn: Dayjs;
}

/** Founds an organisation under the selected one (or a province when none is selected): only the kinds that may sit there are offered. */
export function CreateForm({ parent, hint, onDone }: { parent: ManagedOrg | null; hint: string; onDone: Done }) {
  const { t } = useManageI18n();
  const [form] = Form.useForm<CreateValues>();
  const kind = Form.useWatch('kind', form);
  const kinds = ORGANIZATION_KINDS.filter((k) => checkPlacement(k, parent?.kind ?? null) === null);
  if (kinds.length === 0) return <Alert type="info" showIcon title={t.manage.reasons.PARENT_HOLDS_MEMBERS} />;
  return (
    <ChangePanel<CreateValues>
      form={form}
      testId="org-create-form"
      fieldNames={['kind', 'code', 'name', 'sector', 'cellType', 'foundedOn', 'parentId']}
      initialValues={{ kind: kinds.length === 1 ? kinds[0] : undefined }}
      doneText={t.manage.orgs.done.create}
      onDone={onDone}
      build={(v) => ({
        kind: 'create',
        input: {
          kind: v.kind,
          code: v.code.trim(),
          name: v.name.trim(),
          sector: takesSector(v.kind) ? (v.sector ?? null) : null,
          cellType: takesCellType(v.kind) ? (v.cellType ?? null) : null,
          parentId: parent?.id ?? null,
          foundedOn: toIso(v.foundedOn)!,
        },
      })}
    >
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Form.Item name="kind" label={t.manage.orgs.kind} rules={[{ required: true, message: t.manage.common.required }]}>
        <Select data-testid="org-kind" options={kinds.map((k) => ({ value: k, label: kindLabel(t, k) }))} />
      </Form.Item>
      <Form.Item name="code" label={t.manage.orgs.code} rules={codeRules(t)}>
        <Input data-testid="org-code" autoComplete="off" />
      </Form.Item>
      <Form.Item name="name" label={t.manage.orgs.name} rules={nameRules(t)}>
        <Input data-testid="org-name" autoComplete="off" />
      </Form.Item>
      <SectorAndCellType kind={kind} />
      <Form.Item name="foundedOn" label={t.manage.orgs.foundedOn} rules={dateRules(t)}>
        <DateInput testId="org-founded-on" />
      </Form.Item>
    </ChangePanel>
  );
}

interface UpdateValues {
  code: string;
  name: string;
  sector?: CommitteeSector;
  cellType?: CellType;
  effectiveOn: Dayjs;
}

/**
 * Renames the selected organisation from a date (today unless changed), or corrects its code,
 * sector or cell type (not dated). The date's rules are the server's (rules: checkRenameDate);
 * the line under it says what the rename will do before the preview is asked.
 */
export function UpdateForm({ org, onDone }: { org: ManagedOrg; onDone: Done }) {
  const { t, f } = useManageI18n();
  const to = t.manage.orgs;
  const [form] = Form.useForm<UpdateValues>();
  const name = Form.useWatch('name', form);
  const effectiveOn = Form.useWatch('effectiveOn', form);
  const renaming = typeof name === 'string' && name.trim() !== '' && name.trim() !== org.name;
  const on = toIso(effectiveOn);
  const named = { foundedOn: org.foundedOn, lastRenamedOn: org.nameSince };
  const valid = renaming && on !== null && checkRenameDate(on, { today: todayInVietnam(), dissolvedOn: org.dissolvedOn ?? null, ...named }) === null;
  const dateRule = {
    validator: (_: unknown, value: Dayjs | null) => {
      const day = toIso(value);
      const current = form.getFieldValue('name') as string | undefined;
      if (!day || !current || current.trim() === org.name) return Promise.resolve();
      const problem = checkRenameDate(day, { today: todayInVietnam(), dissolvedOn: org.dissolvedOn ?? null, ...named });
      return problem ? Promise.reject(new Error(manageReasonText(t, f, problem.code, problem.values))) : Promise.resolve();
    },
  };
  return (
    <ChangePanel<UpdateValues>
      key={org.id}
      form={form}
      testId="org-update-form"
      fieldNames={['code', 'name', 'sector', 'cellType', 'effectiveOn']}
      initialValues={{ code: org.code, name: org.name, sector: org.sector ?? undefined, cellType: org.cellType ?? undefined, effectiveOn: fromIso(todayInVietnam())! }}
      doneText={to.done.update}
      onDone={onDone}
      build={(v) => ({
        kind: 'update',
        input: {
          id: org.id,
          code: v.code.trim(),
          name: v.name.trim(),
          ...(takesSector(org.kind) ? { sector: v.sector ?? null } : {}),
          ...(takesCellType(org.kind) ? { cellType: v.cellType ?? null } : {}),
          ...(v.name.trim() !== org.name ? { effectiveOn: toIso(v.effectiveOn)! } : {}),
        },
      })}
    >
      <Form.Item name="name" label={to.name} rules={nameRules(t)}>
        <Input data-testid="org-name" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="effectiveOn"
        label={to.renameOn}
        extra={to.renameOnHint(f.date(org.nameSince))}
        dependencies={['name']}
        rules={[...dateRules(t), dateRule]}
      >
        <DateInput testId="org-rename-on" />
      </Form.Item>
      {valid ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="rename-line"
          title={to.renameLine(f.date(on), name.trim())}
          description={renameReplaces(on, named) ? to.renameReplaces(org.name) : to.renameKeeps(org.name, f.date(addDays(on, -1)))}
        />
      ) : null}
      <Form.Item name="code" label={to.code} rules={codeRules(t)}>
        <Input data-testid="org-code" autoComplete="off" />
      </Form.Item>
      <SectorAndCellType kind={org.kind} />
    </ChangePanel>
  );
}

interface MoveValues {
  newParentId: PickedOrg;
  effectiveOn: Dayjs;
}

/** Moves the selected organisation with its subtree: only organisations it may sit under are offered. */
export function MoveForm({ org, roots, onDone }: { org: ManagedOrg; roots: PickedOrg[]; onDone: Done }) {
  const { t } = useManageI18n();
  const [form] = Form.useForm<MoveValues>();
  return (
    <ChangePanel<MoveValues>
      key={org.id}
      form={form}
      testId="org-move-form"
      fieldNames={['newParentId', 'effectiveOn']}
      doneText={t.manage.orgs.done.move}
      onDone={onDone}
      build={(v) => ({ kind: 'move', input: { id: org.id, newParentId: v.newParentId.id, effectiveOn: toIso(v.effectiveOn)! } })}
    >
      <Form.Item name="newParentId" label={t.manage.orgs.newParent} rules={[{ required: true, message: t.manage.common.required }]}>
        <OrgSearchSelect
          testId="org-new-parent"
          roots={roots}
          accept={(o) => o.id !== org.id && o.id !== org.parent?.id && (!o.kind || checkPlacement(org.kind, o.kind) === null)}
        />
      </Form.Item>
      <Form.Item name="effectiveOn" label={t.manage.common.effectiveOn} extra={t.manage.common.effectiveOnHint} rules={dateRules(t)}>
        <DateInput testId="org-effective-on" />
      </Form.Item>
    </ChangePanel>
  );
}

interface MergeValues {
  targetId: PickedOrg;
  effectiveOn: Dayjs;
}

/** Merges the selected organisation into another: a cell into a cell, a committee into a committee. */
export function MergeForm({ org, roots, onDone }: { org: ManagedOrg; roots: PickedOrg[]; onDone: Done }) {
  const { t } = useManageI18n();
  const [form] = Form.useForm<MergeValues>();
  return (
    <ChangePanel<MergeValues>
      key={org.id}
      form={form}
      testId="org-merge-form"
      danger
      fieldNames={['targetId', 'effectiveOn']}
      doneText={t.manage.orgs.done.merge}
      onDone={onDone}
      build={(v) => ({ kind: 'merge', input: { sourceId: org.id, targetId: v.targetId.id, effectiveOn: toIso(v.effectiveOn)! } })}
    >
      <Alert type="info" showIcon title={t.manage.orgs.mergeHint(org.name)} style={{ marginBottom: 16 }} />
      <Form.Item name="targetId" label={t.manage.orgs.mergeInto} rules={[{ required: true, message: t.manage.common.required }]}>
        <OrgSearchSelect testId="org-merge-target" roots={roots} accept={(o) => o.id !== org.id && (!o.kind || holdsMembers(o.kind) === holdsMembers(org.kind))} />
      </Form.Item>
      <Form.Item name="effectiveOn" label={t.manage.common.effectiveOn} extra={t.manage.common.effectiveOnHint} rules={dateRules(t)}>
        <DateInput testId="org-effective-on" />
      </Form.Item>
    </ChangePanel>
  );
}

/** Dissolves the selected organisation from a date (the server refuses while anything is left under it). */
export function DissolveForm({ org, onDone }: { org: ManagedOrg; onDone: Done }) {
  const { t } = useManageI18n();
  const [form] = Form.useForm<{ effectiveOn: Dayjs }>();
  return (
    <ChangePanel<{ effectiveOn: Dayjs }>
      key={org.id}
      form={form}
      testId="org-dissolve-form"
      danger
      fieldNames={['effectiveOn']}
      doneText={t.manage.orgs.done.dissolve}
      onDone={onDone}
      build={(v) => ({ kind: 'dissolve', input: { id: org.id, effectiveOn: toIso(v.effectiveOn)! } })}
    >
      <Alert type="info" showIcon title={t.manage.orgs.dissolveHint} style={{ marginBottom: 16 }} />
      <Form.Item name="effectiveOn" label={t.manage.orgs.dissolvedOn} rules={dateRules(t)}>
        <DateInput testId="org-effective-on" />
      </Form.Item>
    </ChangePanel>
  );
}
