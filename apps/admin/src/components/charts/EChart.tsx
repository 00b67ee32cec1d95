import { useEffect, useRef, type CSSProperties } from 'react';
import { echarts, type ChartOption } from './echarts';

/**
 * A thin React wrapper around one ECharts instance: created on mount, given the option on every
 * change (not merged, so removed series disappear), resized with its box, disposed on unmount.
 */
export function EChart({
  option,
  height,
  ariaLabel,
  testId,
  style,
  onItemClick,
}: {
  option: ChartOption;
  height: number;
  ariaLabel: string;
  testId?: string;
  style?: CSSProperties;
  /** A click on a data item (a pie segment, a bar): its index in the series' data. */
  onItemClick?: (dataIndex: number) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const onClick = useRef(onItemClick);
  onClick.current = onItemClick;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      if (typeof params.dataIndex === 'number') onClick.current?.(params.dataIndex);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={ariaLabel} data-testid={testId} style={{ width: '100%', height, ...style }} />;
}
