import { useEffect, useState } from 'preact/hooks';
import { deleteSiteRule, listSiteRules, watchSiteRules, type SiteRule } from '../utils/site-rules';
import { t } from '../utils/i18n';

/** The options page's list of "Always keep this on <site>" rules, by site, each with Delete. */
export function SiteRulesList() {
  const [rules, setRules] = useState<SiteRule[] | null>(null);
  useEffect(() => {
    void listSiteRules().then(setRules);
    return watchSiteRules(setRules);
  }, []);
  if (rules === null) return <p>{t('options.siteRules.loading')}</p>;
  if (rules.length === 0) return <p class="site-rules-empty">{t('options.siteRules.empty')}</p>;
  const sites = [...new Set(rules.map((rule) => rule.site))].sort();
  return (
    <div class="site-rules">
      {sites.map((site) => (
        <section key={site} aria-label={site}>
          <h3>{site}</h3>
          <ul>
            {rules
              .filter((rule) => rule.site === site)
              .map((rule) => (
                <li key={`${rule.rule}:${rule.fingerprint}`} data-site={rule.site}>
                  <span class="rule">{rule.rule}</span> {rule.preview}{' '}
                  <button type="button" onClick={() => void deleteSiteRule(rule).then(setRules)} aria-label={t('options.siteRules.deleteLabel', [rule.preview, site])}>
                    {t('options.siteRules.delete')}
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
