import { t } from '@/utils/i18n';
import type { WeekSummary } from '@/utils/summary/weekly';
import { formatWeekStart } from '@/components/popup/format';

const WIDTH = 640;
const HEIGHT = 200;
const BASELINE = HEIGHT - 24;
const BAR = 14;

/** Moments and pauses week by week, two bars a week; its figures are also in the table beside it and in its description. */
export function TrendsChart({ weeks }: { weeks: WeekSummary[] }) {
  const most = Math.max(1, ...weeks.flatMap((week) => [week.moments, week.pauses]));
  const step = WIDTH / weeks.length;
  const height = (value: number) => (value / most) * (BASELINE - 18);
  return (
    <figure class="chart">
      <figcaption id="trends-chart-title">{t('trends_chartTitle')}</figcaption>
      <svg role="img" aria-labelledby="trends-chart-title trends-chart-desc" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%">
        <desc id="trends-chart-desc">{weeks.map((week) => t('trends_chartWeek', [formatWeekStart(week.start), week.moments, week.pauses])).join('; ')}</desc>
        <line x1="0" x2={WIDTH} y1={BASELINE} y2={BASELINE} class="chart-axis" />
        {weeks.map((week, index) => {
          const x = index * step + step / 2;
          return (
            <g key={week.start}>
              <rect x={x - BAR - 1} y={BASELINE - height(week.moments)} width={BAR} height={height(week.moments)} rx="3" class="chart-bar" />
              <rect x={x + 1} y={BASELINE - height(week.pauses)} width={BAR} height={height(week.pauses)} rx="3" class="chart-bar pauses" />
              <text x={x} y={HEIGHT - 6} text-anchor="middle" class="chart-label">
                {formatWeekStart(week.start)}
              </text>
            </g>
          );
        })}
      </svg>
      <p class="legend">
        <span class="swatch" aria-hidden="true" /> {t('trends_legendMoments')} <span class="swatch pauses" aria-hidden="true" /> {t('trends_legendPauses')}
      </p>
    </figure>
  );
}
