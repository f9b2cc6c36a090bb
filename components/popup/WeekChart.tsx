import { t } from '@/utils/i18n';
import type { WeekSummary } from '@/utils/summary/weekly';
import { formatDay, formatLongDay, formatMinutes } from './format';

const WIDTH = 320;
const HEIGHT = 120;
const BAR = 28;
const BASELINE = HEIGHT - 20;

/** Moments per day as bars, with the same figures as a table for screen readers and anyone who prefers it. */
export function WeekChart({ summary }: { summary: WeekSummary }) {
  const most = Math.max(1, ...summary.days.map((day) => day.moments));
  const step = WIDTH / summary.days.length;
  return (
    <figure class="chart">
      <figcaption id="chart-title">{t('summary_chartTitle')}</figcaption>
      <svg role="img" aria-labelledby="chart-title chart-desc" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%">
        <desc id="chart-desc">{summary.days.map((day) => t('summary_chartDay', [formatDay(day.start), day.moments])).join(', ')}</desc>
        <line x1="0" x2={WIDTH} y1={BASELINE} y2={BASELINE} class="chart-axis" />
        {summary.days.map((day, index) => {
          const height = (day.moments / most) * (BASELINE - 16);
          const x = index * step + (step - BAR) / 2;
          return (
            <g key={day.start}>
              <rect x={x} y={BASELINE - height} width={BAR} height={height} rx="4" class="chart-bar" />
              {day.moments > 0 && (
                <text x={x + BAR / 2} y={BASELINE - height - 4} text-anchor="middle" class="chart-value">
                  {day.moments}
                </text>
              )}
              <text x={x + BAR / 2} y={HEIGHT - 4} text-anchor="middle" class="chart-label">
                {formatDay(day.start)}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t('summary_tableToggle')}</summary>
        <table>
          <caption class="visually-hidden">{t('summary_chartTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summary_tableDay')}</th>
              <th scope="col">{t('summary_tableMoments')}</th>
              <th scope="col">{t('summary_tablePauses')}</th>
              <th scope="col">{t('summary_tableGrounding')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.days.map((day) => (
              <tr key={day.start}>
                <th scope="row">{formatLongDay(day.start)}</th>
                <td>{day.moments}</td>
                <td>{day.pauses}</td>
                <td>{formatMinutes(day.groundingMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
