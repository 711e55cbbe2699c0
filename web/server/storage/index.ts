import type {Knex} from 'knex';
import type {Logger} from '../logger';
import {
  engineOf,
  openDatabase,
  openSqliteReader,
  type Engine,
  type StorageTarget,
} from './database';
import {migrateToLatest} from './migrations';
import {createShopsRepository} from './shops-repository';
import {createWebhookDeliveriesRepository} from './webhook-deliveries-repository';
import {createCommerceRecordsRepository} from './commerce-records-repository';
import {createGdprRequestsRepository} from './gdpr-requests-repository';
import {createCampaignsRepository} from './campaigns-repository';
import {createSignalsRepository, type UnreadableEvidence} from './signals-repository';
import {createPixelEventsRepository} from './pixel-events-repository';
import {createJourneysRepository} from './journeys-repository';
import {createSweepLeasesRepository} from './sweep-leases-repository';
import {createStaffRepository} from './staff-repository';
import {createRulesRepository} from './rules-repository';
import {createCasesRepository} from './cases-repository';
import {createCaseEventsRepository} from './case-events-repository';
import {createSignalFollowupRepository} from './signal-followup-repository';
import {createMailSettingsRepository} from './mail-settings-repository';
import {createOutboxRepository} from './outbox-repository';
import {createFollowupSettingsRepository} from './followup-settings-repository';
import {createRateLimitsRepository} from './rate-limits-repository';
import {createOutcomesRepository} from './outcomes-repository';

import {createHealthProbe, type StorageHealth} from './health';

export type {StorageHealth};

/** The app's own data, on SQLite or PostgreSQL behind one interface. */
export interface Storage extends Repositories {
  engine: Engine;
  db: Knex;
  /**
   * The repositories on connections kept for reads outside transactions, for work that reads a
   * lot while ingest writes (journey runs): on SQLite they read beside the writer instead of
   * queueing behind it; on PostgreSQL they are the same as the others.
   */
  reads: Repositories;
  /** Runs `work` in one transaction, with the repositories bound to it. */
  transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
  health(): Promise<StorageHealth>;
  close(): Promise<void>;
}

export type Repositories = ReturnType<typeof repositoriesOn>;

function repositoriesOn(db: Knex, logger?: Logger) {
  const signalsOptions = {
    onUnreadableEvidence: (problem: UnreadableEvidence) =>
      logger?.warn(problem, 'stored signal evidence unreadable; signal kept without it'),
  };
  return {
    shops: createShopsRepository(db),
    webhookDeliveries: createWebhookDeliveriesRepository(db),
    commerceRecords: createCommerceRecordsRepository(db),
    gdprRequests: createGdprRequestsRepository(db),
    campaigns: createCampaignsRepository(db),
    signals: createSignalsRepository(db, signalsOptions),
    pixelEvents: createPixelEventsRepository(db),
    journeys: createJourneysRepository(db),
    sweepLeases: createSweepLeasesRepository(db),
    staff: createStaffRepository(db),
    rules: createRulesRepository(db),
    cases: createCasesRepository(db),
    caseEvents: createCaseEventsRepository(db),
    signalFollowup: createSignalFollowupRepository(db),
    mailSettings: createMailSettingsRepository(db),
    outbox: createOutboxRepository(db),
    followupSettings: createFollowupSettingsRepository(db),
    rateLimits: createRateLimitsRepository(db),
    outcomes: createOutcomesRepository(db),
  };
}

export async function openStorage(target: StorageTarget, logger?: Logger): Promise<Storage> {
  const db = openDatabase(target, logger);
  if (target.kind === 'postgres' && target.schema) {
    await db.raw('CREATE SCHEMA IF NOT EXISTS ??', [target.schema]);
  }
  await migrateToLatest(db);
  const engine = engineOf(db);
  const reader = target.kind === 'sqlite' ? openSqliteReader(target.file, logger) : db;
  const repositories = repositoriesOn(db, logger);
  return {
    engine,
    db,
    ...repositories,
    reads: reader === db ? repositories : repositoriesOn(reader, logger),
    transaction: (work) => db.transaction((trx) => work(repositoriesOn(trx, logger))),
    health: createHealthProbe({engine, writer: db, reader}),
    close: async () => {
      if (reader !== db) await reader.destroy();
      await db.destroy();
    },
  };
}

export type {StorageTarget, Engine};
