import type campaignForm from '../locales/en/campaignForm.json';
import type campaigns from '../locales/en/campaigns.json';
import type cases from '../locales/en/cases.json';
import type common from '../locales/en/common.json';
import type dashboard from '../locales/en/dashboard.json';
import type demo from '../locales/en/demo.json';
import type live from '../locales/en/live.json';
import type outcomes from '../locales/en/outcomes.json';
import type rules from '../locales/en/rules.json';
import type settings from '../locales/en/settings.json';
import type team from '../locales/en/team.json';

/** English is the reference: `t()` accepts only keys English has, so a typo fails the typecheck. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      dashboard: typeof dashboard;
      campaigns: typeof campaigns;
      campaignForm: typeof campaignForm;
      cases: typeof cases;
      live: typeof live;
      outcomes: typeof outcomes;
      rules: typeof rules;
      settings: typeof settings;
      team: typeof team;
      demo: typeof demo;
    };
  }
}
