/**
 * Guide a caller.
 * Loaded with the screens that show them (tables.ts); guide-es.ts has exactly these keys.
 */
export const guideEn = {
  guide: {
    title: 'Guide a caller',
    unsaved:
      'This call is not being saved. Nothing is written to this computer unless you choose "Save as a profile" at the end.',
    intro: 'Choose what you know about the caller. The script follows the same plan Lockstep gives everyone.',
    begin_one: 'Start the script ({{count}} step)',
    begin_other: 'Start the script ({{count}} steps)',
    progress: 'Step {{n}} of {{total}}',
    say: 'What to say',
    askReady: 'Ask the caller to have ready',
    phone: 'Numbers to give the caller',
    menuHints: 'Phone menus change often. Ask the caller to listen for the option about freezes or security.',
    neverAsk:
      'Never ask the caller for their Social Security number or PIN. They enter it themselves on the official site or phone line.',
    outcomeLegend: 'How did this step go?',
    outcomes: { done: 'Done on the call', later: 'Caller will do it later', skipped: 'Skipped' },
    back: 'Back',
    next: 'Next',
    finish: 'Finish',
    shortcuts: 'Keyboard: Alt+Right arrow for next, Alt+Left arrow for back.',
    finishTitle: 'End of the call',
    summaryLabel: 'Call summary (no secrets)',
    summaryTitle: 'Lockstep call summary, {{date}}',
    summaryCovered: 'Steps covered:',
    summaryNext: 'Next steps for the caller:',
    summaryNone: 'none',
    copy: 'Copy call summary',
    copied: 'Call summary copied.',
    copyFailed: 'Lockstep could not copy. Select the summary and copy it yourself.',
    saveTitle: 'Save as a profile',
    saveIntro: 'Only if the caller wants Lockstep on this computer to keep their plan.',
    save: 'Save as a profile',
    saved: 'Saved as the profile {{name}}.',
    end: 'End the call and clear it',
    endTitle: 'End this call?',
    endBody: 'Everything about this call is cleared. Nothing was saved.',
    endConfirm: 'Yes, end and clear',
  },
};
