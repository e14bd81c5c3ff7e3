interface Props {
  days: number;
  /** Today is a working day without a completed routine yet. */
  todayOpen: boolean;
  hoursOn: boolean;
}

/** Days in a row with at least one completed routine. */
export function StreakCard({ days, todayOpen, hoursOn }: Props) {
  return (
    <section class="card streak" aria-labelledby="streak-title">
      <h2 id="streak-title">Streak</h2>
      <p class="streak-figure" data-testid="streak">
        <span class="big-number">{days}</span> {days === 1 ? 'day' : 'days'} in a row
      </p>
      <p class="muted">
        With at least one completed routine.
        {hoursOn ? ' Days outside your working hours neither count nor break it.' : ''}
      </p>
      {todayOpen ? <p>{days === 0 ? 'Complete a routine today to start one.' : `Complete a routine today to make it ${days + 1}.`}</p> : null}
    </section>
  );
}
