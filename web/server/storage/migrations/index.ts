import type {Knex} from 'knex';
import * as foundation from './001-foundation';
import * as campaigns from './002-campaigns';
import * as signals from './003-signals';
import * as pixelIngest from './004-pixel-ingest';
import * as journeyIdentity from './005-journey-identity';
import * as hesitationSettings from './006-hesitation-settings';
import * as pixelEventsByClient from './007-pixel-events-by-client';
import * as rawEventRetention from './008-raw-event-retention';
import * as journeyIntegrity from './009-journey-integrity';
import * as sweepLeases from './010-sweep-leases';
import * as commerceMinimized from './011-commerce-minimized';
import * as followup from './012-followup';
import * as mailSettings from './013-mail-settings';
import * as caseRetention from './014-case-retention';
import * as outbox from './015-outbox';
import * as caseEscalation from './016-case-escalation';
import * as followupSettings from './017-followup-settings';
import * as outcomes from './018-outcomes';
import * as shopperRequests from './019-shopper-requests';
import * as reliability from './021-reliability';
import * as rateLimits from './022-rate-limits';
import * as cartBarSeen from './023-cart-bar-seen';
import * as journeyRevisions from './024-journey-revisions';
import * as signalWordings from './026-signal-wordings';
import * as caseEventWordings from './027-case-event-wordings';
import * as alertWordings from './028-alert-wordings';

interface Migration {
  up(db: Knex): Promise<void>;
  down(db: Knex): Promise<void>;
}

/** Migrations in order. Add new ones at the end; never edit one that has shipped. */
const MIGRATIONS: Array<[string, Migration]> = [
  ['001-foundation', foundation],
  ['002-campaigns', campaigns],
  ['003-signals', signals],
  ['004-pixel-ingest', pixelIngest],
  ['005-journey-identity', journeyIdentity],
  ['006-hesitation-settings', hesitationSettings],
  ['007-pixel-events-by-client', pixelEventsByClient],
  ['008-raw-event-retention', rawEventRetention],
  ['009-journey-integrity', journeyIntegrity],
  ['010-sweep-leases', sweepLeases],
  ['011-commerce-minimized', commerceMinimized],
  ['012-followup', followup],
  ['013-mail-settings', mailSettings],
  ['014-case-retention', caseRetention],
  ['015-outbox', outbox],
  ['016-case-escalation', caseEscalation],
  ['017-followup-settings', followupSettings],
  ['018-outcomes', outcomes],
  ['019-shopper-requests', shopperRequests],
  ['021-reliability', reliability],
  ['022-rate-limits', rateLimits],
  ['023-cart-bar-seen', cartBarSeen],
  ['024-journey-revisions', journeyRevisions],
  ['026-signal-wordings', signalWordings],
  ['027-case-event-wordings', caseEventWordings],
  ['028-alert-wordings', alertWordings],
];

/** Knex migration source over the list above, so migrations load the same under tsx, vitest and builds. */
export const migrationSource: Knex.MigrationSource<[string, Migration]> = {
  getMigrations: async () => MIGRATIONS,
  getMigrationName: ([name]) => name,
  getMigration: async ([, migration]) => migration,
};

export async function migrateToLatest(db: Knex): Promise<void> {
  await db.migrate.latest({migrationSource, tableName: 'heed_migrations'});
}
