import type { ReactNode } from 'react';
import { Segmented, Tabs } from 'antd';
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
 * list, which axe-core reports: aria-required-children.) Only the bar changes: the forms stay the
 * same Tabs' panes, so turning a tablet or resizing the window keeps what was typed. The panes are
 * labelled by the tabs' ids (`${testId}-tab-${key}`), which the phone's labels carry too.
 */
export function ActionTabs({ items, activeKey, onChange, testId }: { items: ActionTab[]; activeKey: string; onChange: (key: string) => void; testId: string }) {
  const phone = useMediaQuery(PHONE);
  return (
    <Tabs
      id={testId}
      activeKey={activeKey}
      onChange={onChange}
      items={items}
      destroyOnHidden
      data-testid={testId}
      renderTabBar={(props, DefaultTabBar) =>
        phone ? (
          <Segmented
            vertical
            block
            style={{ marginBottom: 12 }}
            value={activeKey}
            onChange={(key) => onChange(String(key))}
            options={items.map((i) => ({ value: i.key, label: <span id={`${testId}-tab-${i.key}`}>{i.label}</span> }))}
          />
        ) : (
          <DefaultTabBar {...props} />
        )
      }
    />
  );
}
