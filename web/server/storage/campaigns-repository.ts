import type {Knex} from 'knex';
import type {Campaign, CampaignPromise} from '../campaigns/campaign';
import type {Finding, FindingWording, Health, VerificationReport} from '../campaigns/findings';

export type CampaignHealth = Health | 'unverified';
export type CheckTrigger = 'save' | 'manual' | 'schedule';

export interface CampaignSummary extends Campaign {
  health: CampaignHealth;
  lastCheckedAt: number | null;
}

export interface StoredReport extends VerificationReport {
  id: number;
  trigger: CheckTrigger;
}

export interface CampaignAlert {
  id: number;
  campaignId: string;
  raisedAt: number;
  code: string;
  subject: string | null;
  /** In English, as raised; `wording` words it again for each reader (null: raised before wordings). */
  explanation: string;
  fix: string;
  wording: FindingWording | null;
  resolvedAt: number | null;
}

interface CampaignRow {
  id: string;
  shop: string;
  name: string;
  promise_json: string;
  discount_codes_json: string;
  send_at: number | string;
  promise_starts_at: number | string;
  promise_ends_at: number | string;
  recipients: number | null;
  attribution_key: string;
  email_links_json: string;
  email_html: string | null;
  health: string;
  last_checked_at: number | string | null;
  created_at: number | string;
  updated_at: number | string;
}

/** Campaigns of one shop at a time: every query filters on `shop`. */
export function createCampaignsRepository(db: Knex) {
  return {
    async insert(campaign: Campaign, nextCheckAt: number | null): Promise<void> {
      await db('campaigns').insert({
        ...toRow(campaign),
        health: 'unverified',
        next_check_at: nextCheckAt,
      });
    },

    async update(campaign: Campaign, nextCheckAt: number | null): Promise<boolean> {
      const {id, shop, created_at: _created, ...fields} = toRow(campaign);
      const changed = await db('campaigns')
        .where({shop, id})
        // An edited campaign is unverified until its next report says otherwise.
        .update({...fields, health: 'unverified', next_check_at: nextCheckAt});
      return changed > 0;
    },

    async get(shop: string, id: string): Promise<CampaignSummary | undefined> {
      const row = await db<CampaignRow>('campaigns').where({shop, id}).first();
      return row ? toSummary(row) : undefined;
    },

    async list(shop: string): Promise<CampaignSummary[]> {
      const rows = await db<CampaignRow>('campaigns').where({shop}).orderBy('created_at', 'desc');
      return rows.map(toSummary);
    },

    async findByAttributionKey(shop: string, key: string): Promise<CampaignSummary | undefined> {
      const row = await db<CampaignRow>('campaigns').where({shop, attribution_key: key}).first();
      return row ? toSummary(row) : undefined;
    },

    async delete(shop: string, id: string): Promise<boolean> {
      return (await db('campaigns').where({shop, id}).delete()) > 0;
    },

    async addReport(
      shop: string,
      campaignId: string,
      report: VerificationReport,
      trigger: CheckTrigger,
    ): Promise<StoredReport> {
      const [row] = await db('campaign_reports')
        .insert({
          shop,
          campaign_id: campaignId,
          checked_at: report.checkedAt,
          trigger,
          health: report.health,
          findings_json: JSON.stringify(report.findings),
        })
        .returning('id');
      await db('campaigns')
        .where({shop, id: campaignId})
        .update({health: report.health, last_checked_at: report.checkedAt});
      const id =
        typeof row === 'object' && row !== null ? Number((row as {id: number}).id) : Number(row);
      return {...report, id, trigger};
    },

    async latestReport(shop: string, campaignId: string): Promise<StoredReport | undefined> {
      const row = await db('campaign_reports')
        .where({shop, campaign_id: campaignId})
        .orderBy('id', 'desc')
        .first();
      if (!row) return undefined;
      return {
        id: Number(row.id),
        trigger: row.trigger as CheckTrigger,
        checkedAt: Number(row.checked_at),
        health: row.health as Health,
        findings: JSON.parse(String(row.findings_json)) as Finding[],
      };
    },

    async addAlerts(
      shop: string,
      campaignId: string,
      findings: Finding[],
      raisedAt: number,
    ): Promise<void> {
      if (findings.length === 0) return;
      await db('campaign_alerts').insert(
        findings.map((f) => ({
          shop,
          campaign_id: campaignId,
          raised_at: raisedAt,
          finding_code: f.code,
          subject: f.subject,
          explanation: f.explanation,
          fix: f.fix,
          wording_json: f.wording ? JSON.stringify(f.wording) : null,
        })),
      );
    },

    async alerts(shop: string, campaignId?: string): Promise<CampaignAlert[]> {
      const query = db('campaign_alerts').where({shop}).orderBy('id', 'desc');
      if (campaignId) query.andWhere({campaign_id: campaignId});
      const rows = await query;
      return rows.map((r) => ({
        id: Number(r.id),
        campaignId: String(r.campaign_id),
        raisedAt: Number(r.raised_at),
        code: String(r.finding_code),
        subject: r.subject === null ? null : String(r.subject),
        explanation: String(r.explanation),
        fix: String(r.fix),
        wording:
          r.wording_json === null || r.wording_json === undefined
            ? null
            : (JSON.parse(String(r.wording_json)) as FindingWording),
        resolvedAt: r.resolved_at === null ? null : Number(r.resolved_at),
      }));
    },

    /** Campaigns due for a scheduled check, across shops (the scheduler is the only cross-shop reader). */
    async dueForCheck(
      now: number,
      limit: number,
    ): Promise<Array<{shop: string; id: string; nextCheckAt: number}>> {
      const rows = await db('campaigns')
        .whereNotNull('next_check_at')
        .andWhere('next_check_at', '<=', now)
        .orderBy('next_check_at')
        .limit(limit);
      return rows.map((r) => ({
        shop: String(r.shop),
        id: String(r.id),
        nextCheckAt: Number(r.next_check_at),
      }));
    },

    /**
     * Claims one scheduled check by moving `next_check_at` from the value seen to the next one; the
     * conditional update is atomic, so of several instances exactly one wins.
     */
    async claimCheck(
      shop: string,
      id: string,
      seen: number,
      next: number | null,
    ): Promise<boolean> {
      return (
        (await db('campaigns')
          .where({shop, id, next_check_at: seen})
          .update({next_check_at: next})) > 0
      );
    },

    async deleteShop(shop: string): Promise<void> {
      await db('campaign_alerts').where({shop}).delete();
      await db('campaign_reports').where({shop}).delete();
      await db('campaigns').where({shop}).delete();
    },
  };
}

export type CampaignsRepository = ReturnType<typeof createCampaignsRepository>;

function toRow(c: Campaign) {
  return {
    id: c.id,
    shop: c.shop,
    name: c.name,
    promise_json: JSON.stringify(c.promise),
    discount_codes_json: JSON.stringify(c.discountCodes),
    send_at: c.sendAt,
    promise_starts_at: c.promiseStartsAt,
    promise_ends_at: c.promiseEndsAt,
    recipients: c.recipients,
    attribution_key: c.attributionKey,
    email_links_json: JSON.stringify(c.email.links),
    email_html: c.email.html,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}

function toSummary(row: CampaignRow): CampaignSummary {
  return {
    id: row.id,
    shop: row.shop,
    name: row.name,
    promise: JSON.parse(row.promise_json) as CampaignPromise,
    discountCodes: JSON.parse(row.discount_codes_json) as string[],
    sendAt: Number(row.send_at),
    promiseStartsAt: Number(row.promise_starts_at),
    promiseEndsAt: Number(row.promise_ends_at),
    recipients: row.recipients,
    attributionKey: row.attribution_key,
    email: {links: JSON.parse(row.email_links_json) as string[], html: row.email_html},
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    health: row.health as CampaignHealth,
    lastCheckedAt: row.last_checked_at === null ? null : Number(row.last_checked_at),
  };
}
