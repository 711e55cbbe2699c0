import express, {type Router} from 'express';
import {z} from 'zod';
import {parseInput} from '../http/validate';
import {findCaseLink} from '../followup/staff-email';
import {MAILBOX_CHANNELS, type DemoMailbox} from './mailbox';
import {readSlackMessage} from './slack-message';

/** Where the demo's Slack webhook URL points: the demo's own stand-in for Slack. */
export const DEMO_SLACK_HOOK_PATH = '/demo/slack-hook';
/** A Slack message is a few kilobytes at most; Slack's own limit on text is 40,000 characters. */
const MAX_SLACK_BODY = '64kb';

const listQuerySchema = z.strictObject({channel: z.enum(MAILBOX_CHANNELS).optional()});

/**
 * Demo only: `GET /demo/mailbox`, what Heed would have sent (newest first, `?channel=` to narrow
 * it), and `POST /demo/slack-hook`, a stand-in for a Slack incoming webhook that keeps what it is
 * posted in the same mailbox and answers as Slack does (`ok`, or 400 with Slack's reason).
 */
export function createMailboxRoutes(deps: {
  mailbox: DemoMailbox;
  apiKey: string;
  now: () => number;
}): Router {
  const router = express.Router();

  router.get('/mailbox', (req, res) => {
    const {channel} = parseInput(listQuerySchema, req.query);
    res.set('Cache-Control', 'no-store').json({messages: deps.mailbox.list(channel)});
  });

  router.post(
    '/slack-hook',
    express.text({type: () => true, limit: MAX_SLACK_BODY}),
    (req, res) => {
      const read = readSlackMessage(typeof req.body === 'string' ? req.body : '');
      if (!read.ok) {
        res.status(400).type('text/plain').send(read.reason);
        return;
      }
      deps.mailbox.receive({
        channel: 'slack',
        receivedAt: deps.now(),
        from: null,
        to: [],
        subject: null,
        body: read.value.body,
        // A link may sit in a button's `url` as well as in the words: look through all of it.
        caseLink: findCaseLink(read.value.raw, deps.apiKey),
      });
      res.type('text/plain').send('ok');
    },
  );

  return router;
}
