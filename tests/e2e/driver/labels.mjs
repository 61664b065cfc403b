// The labels the shared steps and more than one test file find on screen (as the app draws them, see
// src/ui), in one place so a renamed button is fixed here. A label only one test reads stays in that test.
export const LABELS = Object.freeze({
  // navigation
  todayTab: 'Tab: Today',
  logTab: 'Tab: Log',
  historyTab: 'Tab: History',
  planTab: 'Tab: Plan',
  aboutTab: 'Tab: About', // desktop only: on a phone About is under Plan
  // onboarding
  welcome: 'Welcome to Stride Back',
  side: (side) => `Side: ${side}`,
  continue: 'Continue',
  toChecklist: 'Continue to the readiness checklist',
  checklistTitle: 'Readiness checklist',
  // Today
  why: 'Why this advice?',
  hideReason: 'Hide the reason',
  // Log and History
  minutes: 'Minutes',
  note: 'Note',
  saveRun: 'Save run',
  historyTitle: 'History',
  notePrefix: 'Note: ', // History lists a run's note as "Note: ..."
  // Plan: sharing and updates
  importFile: 'Import a plan file',
  previewTitle: 'Import this plan file?',
  confirmImport: 'Import these changes',
  cancelImport: 'Cancel import',
  importErrorPrefix: 'Could not import: ',
  exportPlan: 'Export the plan file',
  exportReport: 'Physio report (printable page)',
  exportCsv: 'Spreadsheet of the logs (CSV)',
  updateNow: 'Update now',
  // the save indicator (docs/storage.md): desktop side bar, or the phone's header line "day · Saved · ..."
  saved: 'Saved',
  saving: 'Saving…',
  notSavedPrefix: 'Not saved: ',
});
