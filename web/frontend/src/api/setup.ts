import {z} from 'zod/mini';

/** `GET /api/setup`: which setup steps are done, from what Heed has stored for the shop. */
export const SETUP_PATH = '/api/setup';

const setupSchema = z.object({
  setup: z.object({
    campaignExists: z.boolean(),
    campaignVerified: z.boolean(),
    cartBarSeenAt: z.nullable(z.number()),
    pixelActive: z.boolean(),
    ruleExists: z.boolean(),
    staffAdded: z.boolean(),
  }),
});

export type SetupState = z.infer<typeof setupSchema>['setup'];

// Module-level: `useApiQuery` refetches when its parser changes identity.
export const parseSetup = (body: unknown): SetupState => setupSchema.parse(body).setup;
