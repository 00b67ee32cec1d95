import { useEffect, useMemo, useState } from 'react';
import { Flex, Select, Typography } from 'antd';
import { useClient } from 'urql';
import { foldText, type CellType, type OrganizationKind } from '@fourgood/rules';
import { useManageI18n } from '../../i18n/manage';
import { kindLabel } from '../../lib/labels';
import { OrgSearchDocument, ProvincesForPickerDocument } from '../criteria/queries';

export interface PickedOrg {
  id: string;
  name: string;
  kind?: OrganizationKind;
  cellType?: CellType | null;
}

/**
 * An organisation picked by typing part of its name or code (accents optional), as an antd form
 * control (`id` for the form's focus on an error). The API searches below an organisation
 * (`descendants(filter: {search})`), so it searches below the viewer's organisations (`roots`),
 * or below each province for a national account; the roots themselves match by name.
 */
export function OrgSearchSelect({
  id,
  value,
  onChange,
  roots,
  accept,
  placeholder,
  testId,
  kind,
}: {
  id?: string;
  value?: PickedOrg | null;
  onChange?: (org: PickedOrg | null) => void;
  roots: PickedOrg[];
  accept?: (org: PickedOrg) => boolean;
  placeholder?: string;
  testId?: string;
  /** Only this kind is searched for (e.g. cells). */
  kind?: OrganizationKind;
}) {
  const { t } = useManageI18n();
  const client = useClient();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<PickedOrg[]>([]);
  const [loading, setLoading] = useState(false);
  const [provinces, setProvinces] = useState<PickedOrg[] | null>(null);

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
  }, [client, roots.length, provinces]);

  const effectiveRoots = useMemo(() => (roots.length > 0 ? roots : (provinces ?? [])), [roots, provinces]);

  useEffect(() => {
    let live = true;
    // Typing is debounced: one search when the clerk pauses, not one per key.
    const timer = setTimeout(async () => {
      setLoading(true);
      const q = search.trim();
      const results = await Promise.all(
        effectiveRoots.slice(0, 40).map((root) => client.query(OrgSearchDocument, { id: root.id, search: q || null, kind: kind ?? null, first: q ? 20 : 40 }, { requestPolicy: 'network-only' }).toPromise()),
      );
      if (!live) return;
      const list: PickedOrg[] = [];
      const seen = new Set<string>();
      for (const res of results) {
        const org = res.data?.organization;
        if (!org) continue;
        const candidates = [...(!q || foldText(org.name).includes(foldText(q)) ? [org] : []), ...org.descendants.nodes];
        for (const o of candidates) {
          if (seen.has(o.id)) continue;
          seen.add(o.id);
          list.push({ id: o.id, name: o.name, kind: o.kind, cellType: o.cellType });
        }
      }
      setFound(list);
      setLoading(false);
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, search, effectiveRoots, kind]);

  const options = (accept ? found.filter(accept) : found).map((o) => ({ value: o.id, label: o.name, org: o }));
  if (value && !options.some((o) => o.value === value.id)) options.unshift({ value: value.id, label: value.name, org: value });

  return (
    <Select
      id={id}
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value?.id}
      placeholder={placeholder ?? t.manage.common.searchPlaceholder}
      style={{ width: '100%' }}
      allowClear
      loading={loading}
      notFoundContent={loading ? t.common.loading : t.manage.common.noMatch}
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
      onChange={(picked) => {
        onChange?.(options.find((o) => o.value === picked)?.org ?? null);
        setSearch('');
      }}
      onClear={() => onChange?.(null)}
    />
  );
}
