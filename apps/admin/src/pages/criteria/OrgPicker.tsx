import { useEffect, useMemo, useState } from 'react';
import { Flex, Select, Typography } from 'antd';
import { useClient } from 'urql';
import { foldText, type CellType, type OrganizationKind } from '@fourgood/rules';
import { useStaffI18n } from '../../i18n/staff';
import { kindLabel } from '../../lib/labels';
import { OrgSearchDocument, ProvincesForPickerDocument } from './queries';

export interface PickedOrg {
  id: string;
  name: string;
  kind?: OrganizationKind;
  cellType?: CellType | null;
}

/**
 * Chooses an organisation by typing part of its name (accents optional). The API has no search
 * over the whole country, so it searches below the viewer's organisations (`roots`), or below each
 * province for a national account.
 */
export function OrgPicker({
  value,
  onChange,
  roots,
  accept,
  placeholder,
  testId,
  width = '100%',
  allowClear,
  status,
}: {
  value: PickedOrg | null;
  onChange: (org: PickedOrg | null) => void;
  roots: PickedOrg[];
  /** Only organisations of these kinds can be chosen (others are not listed). */
  accept?: (org: PickedOrg) => boolean;
  placeholder?: string;
  testId?: string;
  width?: number | string;
  allowClear?: boolean;
  status?: 'error';
}) {
  const { t } = useStaffI18n();
  const client = useClient();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<PickedOrg[]>([]);
  const [loading, setLoading] = useState(false);
  const [provinces, setProvinces] = useState<PickedOrg[] | null>(null);

  const rootKey = roots.map((r) => r.id).join(',');
  useEffect(() => {
    if (roots.length > 0 || provinces) return;
    let live = true;
    void client
      .query(ProvincesForPickerDocument, {})
      .toPromise()
      .then((res) => {
        if (live) setProvinces(res.data?.provinces.nodes ?? []);
      });
    return () => {
      live = false;
    };
  }, [client, rootKey, roots.length, provinces]);

  const effectiveRoots = useMemo(() => (roots.length > 0 ? roots : (provinces ?? [])), [roots, provinces]);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      setLoading(true);
      const q = search.trim();
      const results = await Promise.all(
        effectiveRoots.slice(0, 40).map((root) => client.query(OrgSearchDocument, { id: root.id, search: q || null, first: q ? 20 : 40 }, { requestPolicy: 'cache-first' }).toPromise()),
      );
      if (!live) return;
      const list: PickedOrg[] = [];
      const seen = new Set<string>();
      const add = (o: PickedOrg) => {
        if (seen.has(o.id)) return;
        seen.add(o.id);
        list.push(o);
      };
      results.forEach((res) => {
        const org = res.data?.organization;
        if (!org) return;
        if (!q || foldText(org.name).includes(foldText(q))) add({ id: org.id, name: org.name, kind: org.kind, cellType: org.cellType });
        for (const d of org.descendants.nodes) add({ id: d.id, name: d.name, kind: d.kind, cellType: d.cellType });
      });
      setFound(list);
      setLoading(false);
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, search, effectiveRoots]);

  const options = (accept ? found.filter(accept) : found).map((o) => ({
    value: o.id,
    label: o.name,
    org: o,
  }));
  if (value && !options.some((o) => o.value === value.id)) options.unshift({ value: value.id, label: value.name, org: value });

  return (
    <Select
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value?.id}
      placeholder={placeholder ?? t.criteria.orgPicker.placeholder}
      style={{ width }}
      allowClear={allowClear}
      status={status}
      loading={loading}
      notFoundContent={loading ? t.common.loading : t.criteria.orgPicker.none}
      options={options}
      optionRender={(o) => (
        <Flex vertical>
          <span>{o.data.org.name}</span>
          {o.data.org.kind ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {kindLabel(t, o.data.org.kind)}
              {o.data.org.cellType ? ` · ${t.enums.cellType[o.data.org.cellType]}` : ''}
            </Typography.Text>
          ) : null}
        </Flex>
      )}
      onChange={(id) => {
        const picked = options.find((o) => o.value === id)?.org ?? null;
        onChange(picked);
        setSearch('');
      }}
      onClear={() => onChange(null)}
    />
  );
}
