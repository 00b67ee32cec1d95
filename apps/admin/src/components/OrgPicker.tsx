import { useEffect, useMemo, useState } from 'react';
import { Flex, Select, Typography } from 'antd';
import { useClient } from 'urql';
import { foldText, type CellType, type OrganizationKind } from '@fourgood/rules';
import { useI18n } from '../i18n';
import { kindLabel } from '../lib/labels';
import { OrgSearchDocument, ProvincesForPickerDocument } from './orgPickerQueries';

export interface PickedOrg {
  id: string;
  name: string;
  kind?: OrganizationKind;
  cellType?: CellType | null;
}

/**
 * An organisation picked by typing part of its name or code (accents optional), usable as an antd
 * form control (`id` for the form's focus on an error). The API has no search over the whole
 * country: it searches below an organisation (`descendants(filter: {search})`), so this searches
 * below the viewer's organisations (`roots`), or below each province for a national account; the
 * roots themselves match by name. The screens give their own words (`placeholder`, `noMatch`):
 * manage/OrgSearchSelect.tsx and criteria/OrgPicker.tsx.
 */
export function OrgPicker({
  id,
  value,
  onChange,
  roots,
  accept,
  kind,
  placeholder,
  noMatch,
  testId,
  width = '100%',
  allowClear,
  status,
  fresh,
  ariaLabel,
}: {
  id?: string;
  value?: PickedOrg | null;
  onChange?: (org: PickedOrg | null) => void;
  roots: PickedOrg[];
  /** Only organisations this accepts are listed. */
  accept?: (org: PickedOrg) => boolean;
  /** Only this kind is searched for (e.g. cells). */
  kind?: OrganizationKind;
  placeholder: string;
  noMatch: string;
  testId?: string;
  width?: number | string;
  allowClear?: boolean;
  status?: 'error';
  /** Search the network every time (management screens, where the tree changes under the clerk), not the cache. */
  fresh?: boolean;
  /** The control's name for screen readers where no form label points at it (`id`): the visible caption beside it, else the placeholder. */
  ariaLabel?: string;
}) {
  const { t } = useI18n();
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
        effectiveRoots
          .slice(0, 40)
          .map((root) =>
            client.query(OrgSearchDocument, { id: root.id, search: q || null, kind: kind ?? null, first: q ? 20 : 40 }, { requestPolicy: fresh ? 'network-only' : 'cache-first' }).toPromise(),
          ),
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
  }, [client, search, effectiveRoots, kind, fresh]);

  const options = (accept ? found.filter(accept) : found).map((o) => ({ value: o.id, label: o.name, org: o }));
  if (value && !options.some((o) => o.value === value.id)) options.unshift({ value: value.id, label: value.name, org: value });

  return (
    <Select
      id={id}
      data-testid={testId}
      aria-label={id ? undefined : (ariaLabel ?? placeholder)}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value?.id}
      placeholder={placeholder}
      style={{ width }}
      allowClear={allowClear}
      status={status}
      loading={loading}
      notFoundContent={loading ? t.common.loading : noMatch}
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
