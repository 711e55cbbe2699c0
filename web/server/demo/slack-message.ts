import {z} from 'zod';

/**
 * What a Slack incoming webhook takes: `text`, and `blocks` that a channel shows instead of it
 * (https://api.slack.com/messaging/webhooks). Unknown fields are
 * allowed, as Slack allows them. Blocks are read for their words only: section and header text,
 * section fields, context elements.
 */
const textObject = z.looseObject({text: z.string()});
const blockSchema = z.looseObject({
  type: z.string(),
  text: textObject.optional(),
  fields: z.array(textObject).optional(),
  elements: z.array(z.looseObject({text: z.union([z.string(), textObject]).optional()})).optional(),
});
const payloadSchema = z.looseObject({
  text: z.string().optional(),
  blocks: z.array(blockSchema).optional(),
});

/** The strings Slack answers a refused webhook post with, in a 400 body. */
export type SlackRefusal = 'invalid_payload' | 'no_text';

export type SlackMessageResult =
  | {ok: true; value: {body: string; raw: string}}
  | {ok: false; reason: SlackRefusal};

/**
 * A webhook post's body read as Slack reads it: JSON with words to show, else refused with the
 * reason Slack gives. The body shown is the blocks' words when they have any (what the channel
 * shows), else `text`. Pure.
 */
export function readSlackMessage(raw: string): SlackMessageResult {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {ok: false, reason: 'invalid_payload'};
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) return {ok: false, reason: 'invalid_payload'};
  const fromBlocks = (parsed.data.blocks ?? []).flatMap(wordsOf).join('\n');
  const body = fromBlocks.trim() !== '' ? fromBlocks : (parsed.data.text ?? '');
  if (body.trim() === '') return {ok: false, reason: 'no_text'};
  return {ok: true, value: {body, raw}};
}

function wordsOf(block: z.infer<typeof blockSchema>): string[] {
  const elements = (block.elements ?? []).map((e) =>
    typeof e.text === 'string' ? e.text : e.text?.text,
  );
  return [block.text?.text, ...(block.fields ?? []).map((f) => f.text), ...elements].filter(
    (text): text is string => typeof text === 'string' && text.trim() !== '',
  );
}
