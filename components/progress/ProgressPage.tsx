import type { ProgressStore } from '../../lib/stores/progress-store';
import { AdviceNotice } from './AdviceNotice';
import { EightWeeks } from './EightWeeks';
import { StreakCard } from './StreakCard';
import { TodayCheckIn } from './TodayCheckIn';
import { WeekTable } from './WeekTable';

/** The Progress page: this week, the streak, eight weeks of routines and check-ins, today's check-in, the export. */
export function ProgressPage({ store }: { store: ProgressStore }) {
  const today = store.today.value;
  const week = store.week.value;
  const hoursOn = store.workingHoursOn.value;
  const todayRow = week.find((r) => r.day === today);
  const message = store.message.value;
  const exported = message?.about === 'export' ? message : null;
  return (
    <main class="progress-page">
      <header class="page-header">
        <h1>Your progress</h1>
        <p class="muted">
          From the breaks and check-ins Midbreak has recorded on this computer. <a href="/options.html">Settings</a>
        </p>
      </header>
      {!store.loaded.value ? (
        <p class="muted">Loading your history…</p>
      ) : (
        <>
          <AdviceNotice advice={store.advice.value} />
          <div class="cards">
            <StreakCard days={store.streak.value} todayOpen={!!todayRow && todayRow.workingDay && todayRow.completed === 0} hoursOn={hoursOn} />
            <TodayCheckIn current={store.checkIns.todays()} message={message} onSave={store.saveCheckIn} />
          </div>
          <section class="card" aria-labelledby="week-title">
            <h2 id="week-title">This week at a glance</h2>
            <WeekTable week={week} today={today} hoursOn={hoursOn} />
          </section>
          <EightWeeks rows={store.recent.value} trend={store.trend.value} />
          <section class="card" aria-labelledby="data-title">
            <h2 id="data-title">Your data</h2>
            <p class="muted" id="csv-hint">
              Every day Midbreak has recorded, one row each: routines, breaks, active minutes and check-ins. Opens in a spreadsheet.
            </p>
            <button type="button" aria-describedby="csv-hint" onClick={() => store.exportCsv()}>
              Export CSV
            </button>
            <p class={`live ${exported?.kind ?? ''}`} role="status" aria-live="polite">
              {exported ? <span key={exported.id}>{exported.text}</span> : null}
            </p>
          </section>
        </>
      )}
    </main>
  );
}
