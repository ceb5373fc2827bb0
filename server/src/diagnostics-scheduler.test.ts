import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticsScheduler, TYPING_DEBOUNCE_MS } from './diagnostics-scheduler';

test('while typing, the work behind diagnostics is prepared at every change but published once, after the pause', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const events: string[] = [];
    const scheduler = new DiagnosticsScheduler((uri) => events.push(`publish ${uri}`), (uri) => events.push(`prepare ${uri}`));
    scheduler.changed('a');
    mock.timers.tick(0);
    assert.deepEqual(events, ['prepare a', 'publish a'], 'a newly opened document is published promptly');
    events.length = 0;
    scheduler.changed('a');
    mock.timers.tick(TYPING_DEBOUNCE_MS / 2);
    scheduler.changed('a');
    assert.deepEqual(events, ['prepare a', 'prepare a'], 'prepared at once, not yet published');
    mock.timers.tick(TYPING_DEBOUNCE_MS);
    assert.deepEqual(events, ['prepare a', 'prepare a', 'publish a'], 'one publish, after the pause');
  } finally {
    mock.timers.reset();
  }
});
