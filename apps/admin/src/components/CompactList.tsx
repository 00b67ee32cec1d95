import type { ReactNode } from 'react';
import { Empty } from 'antd';

export interface CompactItem {
  key: string;
  /** The row's name, usually a link to it. */
  title: ReactNode;
  /** Beside the name: kind, status. */
  tags?: ReactNode;
  /** Under the name: a code, a date. */
  subtitle?: ReactNode;
  /** The row's figures, label and value. */
  facts: Array<{ label: string; value: ReactNode; /** The whole width (a long tag). */ wide?: boolean }>;
}

/**
 * A table's rows on a phone: one block a row, the name first (a link tall enough to tap), then its
 * figures in two columns. The desktop keeps its table; this is what a 390 px screen shows instead.
 * Plain elements and CSS (styles.css), no antd layout components: fifty rows of those took a slow
 * phone's CPU a visible while (test/bench/slow-link.ts).
 */
export function CompactList({ items, empty, testId }: { items: CompactItem[]; empty?: ReactNode; testId?: string }) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <ul className="fg-compact-list" data-testid={testId}>
      {items.map((item) => (
        <li key={item.key} data-row-key={item.key}>
          <div className="fg-compact-head">
            <span className="fg-compact-title">{item.title}</span>
            {item.tags}
          </div>
          {item.subtitle ? <span className="fg-compact-subtitle">{item.subtitle}</span> : null}
          {item.facts.length ? (
            <dl>
              {item.facts.map((fact) => (
                <div key={fact.label} className={fact.wide ? 'fg-compact-wide' : undefined}>
                  <dt>{fact.label}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
