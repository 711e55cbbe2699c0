import {useEffect, useState} from 'react';
import {useTranslation} from 'react-i18next';
import {asApiError, type ApiError} from '../api/api-error';
import type {RuleView} from '../api/rule-schemas';
import {RULES_PATH, deleteRule, parseRuleList, reorderRules, saveRule} from '../api/rules';
import {useApiClient, useApiQuery} from '../api/use-api';
import {showToast} from '../toast';
import {inputOf} from './rule-form-values';

export type RuleChange = 'toggle' | 'move' | 'delete';

/** The shop's rules in order, and the changes made straight from the list. */
export function useRules() {
  const {t} = useTranslation('rules');
  const client = useApiClient();
  const {query, reload} = useApiQuery(RULES_PATH, parseRuleList);
  const [rules, setRules] = useState<readonly RuleView[]>([]);
  const [pending, setPending] = useState<{id: string; change: RuleChange} | undefined>();
  const [error, setError] = useState<ApiError | undefined>();

  useEffect(() => {
    if (query.status === 'success') setRules(query.data);
  }, [query]);

  const change = async (id: string, kind: RuleChange, send: () => Promise<string>) => {
    setPending({id, change: kind});
    setError(undefined);
    try {
      showToast(await send());
    } catch (caught: unknown) {
      setError(asApiError(caught));
    } finally {
      setPending(undefined);
    }
  };

  const toggle = (rule: RuleView) =>
    change(rule.id, 'toggle', async () => {
      const saved = await saveRule(client, {...inputOf(rule), enabled: !rule.enabled}, rule.id);
      setRules((all) => all.map((r) => (r.id === saved.id ? saved : r)));
      return saved.enabled ? t('toast.turnedOn') : t('toast.turnedOff');
    });

  const move = (rule: RuleView, by: -1 | 1) =>
    change(rule.id, 'move', async () => {
      const ids = rules.map((r) => r.id);
      const from = ids.indexOf(rule.id);
      const to = from + by;
      const other = ids[to];
      if (from < 0 || other === undefined) return t('toast.keptInPlace');
      ids[to] = rule.id;
      ids[from] = other;
      setRules(await reorderRules(client, ids));
      return t('toast.reordered');
    });

  const remove = (rule: RuleView) =>
    change(rule.id, 'delete', async () => {
      await deleteRule(client, rule.id);
      setRules((all) => all.filter((r) => r.id !== rule.id));
      return t('toast.deleted');
    });

  return {query, reload, rules, pending, error, toggle, move, remove};
}
