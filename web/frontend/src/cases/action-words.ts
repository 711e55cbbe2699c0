import type {CaseAction} from '../api/cases';

/** What each action does, as the title of the banner when it fails: "Heed couldn’t claim the case". */
export const ACTION_WORDS: Record<CaseAction, string> = {
  claim: 'claim the case',
  handover: 'hand the case over',
  note: 'add the note',
  snooze: 'snooze the case',
  wake: 'wake the case',
  resolve: 'resolve the case',
  reopen: 'reopen the case',
  'refresh-status': 'refresh the shopper’s status',
  call: 'record the call',
  message: 'record the message',
  resume: 'resume the order',
  invoice: 'send the invoice',
  refund: 'refund the difference',
};
