// The report's charts (Chart.js): BTS by carrier and technology, sharing, dossiers by month and verdict. Drawn without
// animation, so what is on the canvas is final as soon as the chart is made (screenshots and tests read it at once).
import {
  ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip,
} from 'chart.js';
import { t } from '../i18n';
import { line, table, type DepartmentReport } from './reportsApi';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend, Tooltip);

const technologies = ['2G', '3G', '4G', '5G'];
const technologyColours = ['#9e9e9e', '#1e88e5', '#43a047', '#8e24aa'];

export interface ChartSet { destroy(): void }

export function drawCharts(report: DepartmentReport, boxes: { bts: HTMLCanvasElement; sharing: HTMLCanvasElement; months: HTMLCanvasElement }): ChartSet {
  const charts: Chart[] = [];
  const base = { animation: false as const, responsive: true, maintainAspectRatio: false, plugins: { legend: { position: 'bottom' as const } } };

  const carriers = (table(report, 'bts-doanh-nghiep')?.lines ?? [])
    .filter((l) => /^carrier:[^:]+:bts$/.test(l.key))
    .map((l) => l.key.split(':')[1]);
  charts.push(new Chart(boxes.bts, {
    type: 'bar',
    data: {
      labels: carriers,
      datasets: technologies.map((tech, i) => ({
        label: tech,
        backgroundColor: technologyColours[i],
        data: carriers.map((c) => line(report, 'bts-doanh-nghiep', `carrier:${c}:bts:${tech}`)?.current ?? 0),
      })),
    },
    options: { ...base, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
  }));

  const structures = line(report, 'ha-tang', 'structures')?.current ?? 0;
  const shared = line(report, 'ha-tang', 'shared')?.current ?? 0;
  charts.push(new Chart(boxes.sharing, {
    type: 'doughnut',
    data: {
      labels: [t('reports.chart.shared'), t('reports.chart.single')],
      datasets: [{ data: [shared, structures - shared], backgroundColor: ['#00897b', '#cfd8dc'] }],
    },
    options: base,
  }));

  const months = (table(report, 'tham-dinh-theo-thang')?.lines ?? []).filter((l) => /^month:\d\d$/.test(l.key));
  charts.push(new Chart(boxes.months, {
    type: 'bar',
    data: {
      labels: months.map((m) => (m.key.slice(6).replace(/^0/, '') + '/' + report.period.start.slice(0, 4))),
      datasets: [
        { label: t('reports.chart.monthConforms'), backgroundColor: '#2e7d32', data: months.map((m) => line(report, 'tham-dinh-theo-thang', `${m.key}:conforms`)?.current ?? 0) },
        { label: t('reports.chart.monthNot'), backgroundColor: '#c62828', data: months.map((m) => line(report, 'tham-dinh-theo-thang', `${m.key}:does-not-conform`)?.current ?? 0) },
      ],
    },
    options: { ...base, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
  }));
  return { destroy: () => charts.forEach((c) => c.destroy()) };
}
