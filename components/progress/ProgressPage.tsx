import { t } from '../../lib/adapters/i18n';
import type { ProgressStore } from '../../lib/stores/progress-store';
import { ProgrammeSection } from '../programme/ProgrammeSection';
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
        <h1>{t('progress.title')}</h1>
        <p class="muted">
          {t('progress.intro')} <a href="/options.html">{t('progress.settingsLink')}</a>
        </p>
        <p>
          <a href="/library.html">{t('library.link')}</a>
        </p>
      </header>
      {!store.loaded.value ? (
        <p class="muted">{t('progress.loading')}</p>
      ) : (
        <>
          <AdviceNotice advice={store.advice.value} />
          <div class="cards">
            <StreakCard days={store.streak.value} todayOpen={!!todayRow && todayRow.workingDay && todayRow.completed === 0} hoursOn={hoursOn} />
            <TodayCheckIn current={store.checkIns.todays()} message={message} onSave={store.saveCheckIn} />
          </div>
          <ProgrammeSection store={store.programme} checkIn={store.checkIns.todays()} onSaveCheckIn={store.saveCheckIn} />
          <section class="card" aria-labelledby="week-title">
            <h2 id="week-title">{t('progress.weekTitle')}</h2>
            <WeekTable week={week} today={today} hoursOn={hoursOn} />
          </section>
          <EightWeeks rows={store.recent.value} trend={store.trend.value} />
          <section class="card" aria-labelledby="data-title">
            <h2 id="data-title">{t('progress.dataTitle')}</h2>
            <p class="muted" id="csv-hint">
              {t('progress.csvHint')}
            </p>
            <button type="button" aria-describedby="csv-hint" onClick={() => store.exportCsv()}>
              {t('progress.exportCsv')}
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
