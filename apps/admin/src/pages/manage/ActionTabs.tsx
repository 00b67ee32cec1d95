import type { ReactNode } from 'react';
import { Flex, Segmented, Tabs } from 'antd';
import { PHONE, useMediaQuery } from '../../lib/media';

export interface ActionTab {
  key: string;
  label: string;
  children: ReactNode;
}

/**
 * The actions of a management screen (found, rename, move… an organisation; a member's changes):
 * tabs on wide screens; on a phone, where they do not fit, the actions one under another above
 * the chosen one's form. (antd folds the tabs that do not fit into a "more" button inside the tab
 * list, which axe-core reports: aria-required-children.)
 */
export function ActionTabs({ items, activeKey, onChange, testId }: { items: ActionTab[]; activeKey: string; onChange: (key: string) => void; testId: string }) {
  const phone = useMediaQuery(PHONE);
  if (!phone) return <Tabs activeKey={activeKey} onChange={onChange} items={items} destroyOnHidden data-testid={testId} />;
  return (
    <Flex vertical gap={12} data-testid={testId}>
      <Segmented vertical block value={activeKey} onChange={(key) => onChange(String(key))} options={items.map((i) => ({ value: i.key, label: i.label }))} />
      {items.find((i) => i.key === activeKey)?.children}
    </Flex>
  );
}
