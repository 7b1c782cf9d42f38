/**
 * One test per cross-record rule. Each starts from the clean sample (which has no finding at
 * all), makes one change, and checks the code, the path and the key words of the message.
 */
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../../../src/allegro/check/config';
import { append, cleanDoc, codes, set, unset, withCode, type Doc } from './helpers';

function check(change: (doc: Doc) => void) {
  const doc = cleanDoc();
  change(doc);
  return checkConfig(doc);
}

function only(result: ReturnType<typeof checkConfig>, code: string) {
  const found = withCode(result, code);
  expect(found, `expected exactly one ${code}, got ${JSON.stringify(result.issues)}`).toHaveLength(
    1,
  );
  return found[0]!;
}

describe('identity and references', () => {
  it('refuses two currencies with the same id and names the first one', () => {
    const issue = only(
      check((doc) => set(doc, 'resources.currencies[1].id', 'USD')),
      'CFG-DUP-001',
    );
    expect(issue.path).toBe('resources.currencies[1].id');
    expect(issue.message).toContain('resources.currencies[0]');
  });

  it('reports a default currency that is not configured, with a suggestion', () => {
    const issue = only(
      check((doc) => set(doc, 'systemProperties.buildingBlocks.defaultCurrency', 'USDD')),
      'CFG-REF-001',
    );
    expect(issue.path).toBe('systemProperties.buildingBlocks.defaultCurrency');
    expect(issue.message).toContain('Did you mean "USD"?');
  });

  it('reports a service grant of an allowance that does not exist', () => {
    const issue = only(
      check((doc) => set(doc, 'buildingBlocks.billableServices[3].grants[0].resource', 'FREE_SMS')),
      'CFG-REF-002',
    );
    expect(issue.path).toBe('buildingBlocks.billableServices[3].grants[0].resource');
  });

  it('reports a service grant of an accumulator that does not exist', () => {
    const result = check((doc) =>
      append(doc, 'buildingBlocks.billableServices[3].grants', {
        kind: 'accumulator',
        resource: 'COMMITMENT',
        amount: 9500,
      }),
    );
    expect(only(result, 'CFG-REF-003').message).toContain('"COMMITMENT"');
  });

  it('reports a billable service whose service type is not configured', () => {
    const issue = only(
      check((doc) => set(doc, 'buildingBlocks.billableServices[0].serviceType', 'VIDEO')),
      'CFG-REF-004',
    );
    expect(issue.message).toContain('Billable service "SVC_VOICE_USAGE"');
  });

  it('reports a usage type linked to an unknown billable service', () => {
    const issue = only(
      check((doc) => set(doc, 'buildingBlocks.usageTypes[0].billableService', 'SVC_FAX')),
      'CFG-REF-005',
    );
    expect(issue.path).toBe('buildingBlocks.usageTypes[0].billableService');
  });

  it('reports a multi-rate child whose usage type is not synced', () => {
    const issue = only(
      check((doc) =>
        set(doc, 'buildingBlocks.multiRateUsageTypes[0].children[0].usageType', 'INTL_SETUP'),
      ),
      'CFG-REF-006',
    );
    expect(issue.path).toBe('buildingBlocks.multiRateUsageTypes[0].children[0].usageType');
  });

  it('reports a rate unit map that names an unknown rate unit', () => {
    const issue = only(
      check((doc) => set(doc, 'models.rateUnitMaps[0].rateUnit', 'SECONDS')),
      'CFG-REF-007',
    );
    expect(issue.message).toContain('rate unit "SECONDS"');
  });

  it('reports a processing stream for an unknown source platform', () => {
    const result = check((doc) => set(doc, 'processingStreams[2].sourcePlatform', 'DATA_GW2'));
    expect(only(result, 'CFG-REF-008').message).toContain('Did you mean "DATA_GW"?');
  });

  it('reports aggregation run by a job schedule that does not exist', () => {
    const issue = only(
      check((doc) => set(doc, 'aggregateMonetizedUsage.jobSchedule', 'Evening')),
      'CFG-REF-009',
    );
    expect(issue.path).toBe('aggregateMonetizedUsage.jobSchedule');
  });
});

describe('build order', () => {
  it('refuses a price offer that uses a time unit which does not exist yet', () => {
    const issue = only(
      check((doc) => set(doc, 'priceOffers[0].timeUnit', 'OFFPEAK')),
      'CFG-ORD-001',
    );
    expect(issue.path).toBe('priceOffers[0].timeUnit');
    expect(issue.message).toMatch(/price offers come last in the build order/);
  });

  it('refuses a price offer in a currency that is not configured, and from tier impacts too', () => {
    const result = check((doc) => {
      set(doc, 'priceOffers[1].currency', 'GBP');
      set(doc, 'priceOffers[1].tiers[0].impacts[0].resource', 'GBP');
    });
    expect(withCode(result, 'CFG-ORD-001').map((issue) => issue.path)).toEqual([
      'priceOffers[1].currency',
      'priceOffers[1].tiers[0].impacts[0].resource',
    ]);
    expect(codes(result)).not.toContain('CFG-REF-001');
  });

  it('refuses to price a billable service that has no service type yet', () => {
    const result = check((doc) => unset(doc, 'buildingBlocks.billableServices[1].serviceType'));
    expect(only(result, 'CFG-ORD-002').path).toBe('priceOffers[1].billableService');
  });
});

describe('resources', () => {
  it('rejects a rounding method that is not a known mode and suggests the closest', () => {
    const issue = only(
      check((doc) => set(doc, 'resources.currencies[0].roundingMethod', 'HALFDOWN')),
      'CFG-RES-001',
    );
    expect(issue.severity).toBe('error');
    expect(issue.message).toContain('Did you mean "HALF_DOWN"?');
  });

  it('notes that HALF_EVEN is not confirmed by the public documentation', () => {
    const issue = only(
      check((doc) => set(doc, 'resources.currencies[1].roundingMethod', 'HALF_EVEN')),
      'CFG-RES-002',
    );
    expect(issue.severity).toBe('info');
  });

  it('notes an allowance that nothing grants or consumes', () => {
    const result = check((doc) =>
      append(doc, 'resources.allowances', { id: 'FREE_SMS', name: 'Free texts' }),
    );
    expect(only(result, 'CFG-RES-003').path).toBe('resources.allowances[1].id');
  });
});

describe('building blocks', () => {
  it('requires every billable service to have a service type', () => {
    const result = check((doc) => unset(doc, 'buildingBlocks.billableServices[3].serviceType'));
    expect(only(result, 'CFG-BLD-001').message).toContain('SVC_VOICE_MONTHLY');
  });

  it('refuses resource grants on a usage service', () => {
    const result = check((doc) =>
      set(doc, 'buildingBlocks.billableServices[0].grants', [
        { kind: 'allowance', resource: 'FREE_MIN', amount: 10 },
      ]),
    );
    expect(only(result, 'CFG-BLD-002').path).toBe('buildingBlocks.billableServices[0].grants');
  });

  it('refuses a usage type linked to a recurring service', () => {
    const result = check((doc) =>
      set(doc, 'buildingBlocks.usageTypes[0].billableService', 'SVC_VOICE_MONTHLY'),
    );
    expect(only(result, 'CFG-BLD-003').message).toContain('recurring');
  });

  it('refuses two multi-rate children with the same sequence', () => {
    const result = check((doc) =>
      set(doc, 'buildingBlocks.multiRateUsageTypes[0].children[1].sequence', 1),
    );
    expect(only(result, 'CFG-BLD-004').path).toBe(
      'buildingBlocks.multiRateUsageTypes[0].children[1].sequence',
    );
  });

  it('refuses a multi-rate child that is the parent usage type itself', () => {
    const result = check((doc) =>
      set(doc, 'buildingBlocks.multiRateUsageTypes[0].children[0].usageType', 'INTL_CALL'),
    );
    expect(only(result, 'CFG-BLD-005').message).toContain('is the parent itself');
  });

  it('refuses a dependency on a sibling that is rated later', () => {
    const result = check((doc) =>
      set(doc, 'buildingBlocks.multiRateUsageTypes[0].children[1].dependency', {
        dependsOn: ['INTL_SURCHARGE'],
        expression: 'INTL_SURCHARGE * 2',
      }),
    );
    const issue = only(result, 'CFG-BLD-006');
    expect(issue.path).toBe(
      'buildingBlocks.multiRateUsageTypes[0].children[1].dependency.dependsOn[0]',
    );
    expect(issue.message).toContain('not rated before it');
  });

  it('notes that units of measure have no effect yet', () => {
    const result = check((doc) =>
      append(doc, 'buildingBlocks.unitsOfMeasure', { id: 'FOLIO', name: 'Folio' }),
    );
    expect(only(result, 'CFG-BLD-007').severity).toBe('info');
  });
});

describe('models', () => {
  it('requires a rate unit to have a derivation method', () => {
    const result = check((doc) => unset(doc, 'models.rateUnits[1].expression'));
    expect(only(result, 'CFG-MOD-001').message).toContain('has no derivation method');
  });

  it('refuses a rate unit with both an expression and a database function', () => {
    const result = check((doc) => set(doc, 'models.rateUnits[0].databaseFunction', 'fn_minutes'));
    expect(only(result, 'CFG-MOD-001').message).toContain('2 derivation methods');
  });

  it('refuses a rate unit map whose service type differs from its rate unit', () => {
    const result = check((doc) => set(doc, 'models.rateUnitMaps[0].rateUnit', 'EACH'));
    expect(only(result, 'CFG-MOD-002').message).toContain('service type "SMS"');
  });

  it('warns about two rate unit maps for the same service and transaction type', () => {
    const result = check((doc) =>
      append(doc, 'models.rateUnitMaps', {
        id: 'MAP_VOICE_2',
        rateUnit: 'MINUTES',
        serviceType: 'VOICE',
        transactionType: 'CALL',
      }),
    );
    expect(only(result, 'CFG-MOD-003').severity).toBe('warning');
  });

  it('refuses the same prefix in two zone units', () => {
    const result = check((doc) => set(doc, 'models.zoneUnits[1].prefixes', ['4420*', '44*']));
    expect(only(result, 'CFG-MOD-004').path).toBe('models.zoneUnits[1].prefixes[1]');
  });

  it('refuses a standard zone unit without prefixes', () => {
    const result = check((doc) => set(doc, 'models.zoneUnits[0].prefixes', []));
    expect(only(result, 'CFG-MOD-005').path).toBe('models.zoneUnits[0].prefixes');
  });
});

describe('folder names and processing streams', () => {
  it('refuses spaces in every name that becomes a folder', () => {
    const result = check((doc) => {
      set(doc, 'client.name', 'Acme Telco');
      set(doc, 'sourcePlatforms[1].id', 'DATA GW');
      set(doc, 'processingStreams[2].sourcePlatform', 'DATA GW');
    });
    const paths = withCode(result, 'CFG-FLD-001').map((issue) => issue.path);
    expect(paths).toEqual(['client.name', 'sourcePlatforms[1].id']);
    expect(withCode(result, 'CFG-FLD-001')[0]!.message).toContain('"Acme_Telco"');
  });

  it('refuses spaces in service type codes and usage record types', () => {
    const result = check((doc) => {
      append(doc, 'buildingBlocks.serviceTypes', { id: 'VOICE INTL', name: 'International voice' });
      set(doc, 'sourcePlatforms[1].feeds[0].usageRecordType', 'POST PAID');
      set(doc, 'processingStreams[2].usageRecordType', 'POST PAID');
    });
    expect(withCode(result, 'CFG-FLD-001').map((issue) => issue.path)).toEqual([
      'buildingBlocks.serviceTypes[3].id',
      'sourcePlatforms[1].feeds[0].usageRecordType',
      'processingStreams[2].usageRecordType',
    ]);
  });

  it('requires a processing stream for every feed of a source platform', () => {
    const result = check((doc) => unset(doc, 'processingStreams[1]'));
    const issue = only(result, 'CFG-STR-001');
    expect(issue.path).toBe('sourcePlatforms[0].feeds[1]');
    expect(issue.message).toContain('SMS × SWITCH_EU × POSTPAID');
  });

  it('refuses two processing streams for the same combination', () => {
    const result = check((doc) =>
      append(doc, 'processingStreams', {
        id: 'PS_VOICE_COPY',
        serviceType: 'VOICE',
        sourcePlatform: 'SWITCH_EU',
        usageRecordType: 'POSTPAID',
      }),
    );
    expect(only(result, 'CFG-STR-002').message).toContain('processingStreams[0]');
  });

  it('notes a processing stream that no source platform feeds', () => {
    const result = check((doc) =>
      append(doc, 'processingStreams', {
        id: 'PS_DATA_PREPAID',
        serviceType: 'DATA',
        sourcePlatform: 'DATA_GW',
        usageRecordType: 'PREPAID',
      }),
    );
    expect(only(result, 'CFG-STR-003').severity).toBe('info');
  });
});

describe('price offers', () => {
  it('refuses two price offers for the same plan, rate schedule and service', () => {
    const result = check((doc) => {
      set(doc, 'priceOffers[3].plan', 'PLAN_MOBILE');
      set(doc, 'priceOffers[3].rateSchedule', 'RS_MOBILE_USD');
    });
    expect(only(result, 'CFG-PRC-001').path).toBe('priceOffers[3].id');
  });

  it('requires an accumulator for balance-based tiers', () => {
    const result = check((doc) => unset(doc, 'priceOffers[2].accumulator'));
    expect(only(result, 'CFG-PRC-002').path).toBe('priceOffers[2].tierReference');
  });

  it('refuses balance-based tiers on an accumulator that no tier impacts', () => {
    const result = check((doc) => {
      for (const tier of [0, 1]) {
        set(doc, `priceOffers[2].tiers[${tier}].impacts`, [{ kind: 'currency', resource: 'USD' }]);
      }
    });
    expect(only(result, 'CFG-PRC-003').message).toContain('"DATA_MB_TOTAL"');
  });

  it('accepts balance-based tiers whose accumulator another price offer impacts (shared tiers)', () => {
    const result = check((doc) => {
      set(doc, 'priceOffers[2].tiers[0].impacts', [{ kind: 'currency', resource: 'USD' }]);
      set(doc, 'priceOffers[2].tiers[1].impacts', [{ kind: 'currency', resource: 'USD' }]);
      append(doc, 'priceOffers[3].tiers[0].impacts', {
        kind: 'accumulator',
        resource: 'DATA_MB_TOTAL',
      });
    });
    expect(codes(result)).toEqual([]);
  });

  it('refuses prospective tiers that are based on quantity', () => {
    const result = check((doc) => {
      set(doc, 'priceOffers[0].tierType', 'PROSPECTIVE');
    });
    expect(only(result, 'CFG-PRC-004').path).toBe('priceOffers[0].tierReference');
  });

  it('refuses volume rating on progressive tiers', () => {
    const result = check((doc) => set(doc, 'priceOffers[2].tierType', 'PROGRESSIVE'));
    const issue = only(result, 'CFG-PRC-005');
    expect(issue.message).toContain('PROSPECTIVE, BALANCE-based');
  });

  it('refuses volume rating on an accumulator that does not accumulate quantity', () => {
    const result = check((doc) => set(doc, 'resources.accumulators[1].accumulateQuantity', false));
    expect(only(result, 'CFG-PRC-006').path).toBe('priceOffers[2].accumulator');
  });

  it('refuses pooling together with per-record rating', () => {
    const result = check((doc) => set(doc, 'priceOffers[3].perRecordRating', true));
    expect(only(result, 'CFG-PRC-007').path).toBe('priceOffers[3].perRecordRating');
  });

  it('refuses pooling together with flat rate per tier', () => {
    const result = check((doc) => set(doc, 'priceOffers[3].flatRatePerTier', true));
    expect(only(result, 'CFG-PRC-008').path).toBe('priceOffers[3].flatRatePerTier');
  });

  it('refuses volume rating together with flat rate per tier', () => {
    const result = check((doc) => set(doc, 'priceOffers[2].flatRatePerTier', true));
    expect(only(result, 'CFG-PRC-009').path).toBe('priceOffers[2].flatRatePerTier');
  });

  it('refuses a flat price offer with several tiers', () => {
    const result = check((doc) => {
      set(doc, 'priceOffers[1].tiers[0].to', 1000);
      append(doc, 'priceOffers[1].tiers', { from: 1001, rate: '0.04' });
    });
    expect(only(result, 'CFG-PRC-010').message).toContain('2 tiers');
  });

  it('warns about tier settings on a flat price offer', () => {
    const result = check((doc) => set(doc, 'priceOffers[1].tierType', 'PROGRESSIVE'));
    expect(only(result, 'CFG-PRC-011').message).toContain('tierType');
  });

  it('warns about an accumulator on quantity-based tiers', () => {
    const result = check((doc) => set(doc, 'priceOffers[0].accumulator', 'VOICE_MIN_TOTAL'));
    expect(only(result, 'CFG-PRC-012').severity).toBe('warning');
  });

  it('warns when a tier impacts a currency other than the price offer’s', () => {
    const result = check((doc) => set(doc, 'priceOffers[3].tiers[1].impacts[0].resource', 'USD'));
    expect(only(result, 'CFG-PRC-013').path).toBe('priceOffers[3].tiers[1].impacts[0].resource');
  });

  it('notes a usage service that no price offer prices', () => {
    const result = check((doc) => unset(doc, 'priceOffers[1]'));
    expect(only(result, 'CFG-PRC-014').message).toContain('SVC_SMS_USAGE');
  });

  it('warns when the usage type of a price offer belongs to another service', () => {
    const result = check((doc) => set(doc, 'priceOffers[1].usageType', 'DATA_MB'));
    expect(only(result, 'CFG-PRC-015').message).toContain('SVC_DATA_USAGE');
  });
});

describe('tiers', () => {
  it('refuses tiers listed out of order', () => {
    const result = check((doc) =>
      set(doc, 'priceOffers[0].tiers', [
        { from: 101, to: 500, rate: '0.10' },
        { from: 1, to: 100, rate: '0' },
        { from: 501, rate: '0.08' },
      ]),
    );
    expect(only(result, 'CFG-TIER-001').path).toBe('priceOffers[0].tiers[1].from');
  });

  it('refuses a gap between two tiers and says where the next should start', () => {
    const result = check((doc) => set(doc, 'priceOffers[0].tiers[2].from', 601));
    expect(only(result, 'CFG-TIER-002').message).toContain('start at 501');
  });

  it('refuses a tier that starts inside the previous one', () => {
    const result = check((doc) => set(doc, 'priceOffers[0].tiers[1].from', 100));
    expect(only(result, 'CFG-TIER-003').message).toContain('expected 101');
  });

  it('refuses an open-ended tier that is not the last', () => {
    const result = check((doc) => unset(doc, 'priceOffers[0].tiers[1].to'));
    expect(only(result, 'CFG-TIER-004').path).toBe('priceOffers[0].tiers[1]');
  });

  it('refuses a tier that ends before it starts', () => {
    const result = check((doc) => set(doc, 'priceOffers[0].tiers[1].to', 50));
    expect(codes(result)).toContain('CFG-TIER-005');
    expect(withCode(result, 'CFG-TIER-005')[0]!.path).toBe('priceOffers[0].tiers[1].to');
  });

  it('warns when the first tier starts above 1', () => {
    const result = check((doc) => set(doc, 'priceOffers[3].tiers[0].from', 11));
    expect(only(result, 'CFG-TIER-006').severity).toBe('warning');
  });

  it('warns when the last tier has an end', () => {
    const result = check((doc) => set(doc, 'priceOffers[3].tiers[1].to', 10000));
    expect(only(result, 'CFG-TIER-007').message).toContain('above it have no rate');
  });

  it('compares tier bounds as decimals, not as text or floats', () => {
    const result = check((doc) => {
      set(doc, 'priceOffers[0].tiers[0].to', '100.5');
      set(doc, 'priceOffers[0].tiers[1].from', '101.5');
    });
    expect(codes(result)).toEqual([]);
  });
});

describe('aggregate monetized usage', () => {
  it('refuses a mapping to an attribute bulk_record_usage_m does not have', () => {
    const result = check((doc) =>
      set(doc, 'aggregateMonetizedUsage.attributeMappings[3].attribute', 'usage_dte'),
    );
    expect(only(result, 'CFG-AGG-001').message).toContain('Did you mean "usage_date"?');
  });

  it('refuses an attribute mapped twice', () => {
    const result = check((doc) =>
      set(doc, 'aggregateMonetizedUsage.attributeMappings[3].attribute', 'amt'),
    );
    expect(only(result, 'CFG-AGG-002').path).toBe(
      'aggregateMonetizedUsage.attributeMappings[4].attribute',
    );
  });

  it('requires a locator, a usage type and usage_units among the mappings', () => {
    const result = check((doc) =>
      set(doc, 'aggregateMonetizedUsage.attributeMappings', [
        { attribute: 'usage_date', source: 'usageStartDateTime' },
      ]),
    );
    const messages = withCode(result, 'CFG-AGG-003').map((issue) => issue.message);
    expect(messages).toHaveLength(3);
    expect(messages.join(' ')).toMatch(
      /acct_no \| userid.*usage_type \| usage_type_code.*usage_units/,
    );
  });

  it('notes a batch size below 100 records', () => {
    const result = check((doc) => set(doc, 'aggregateMonetizedUsage.batchSize', 50));
    expect(only(result, 'CFG-AGG-004').severity).toBe('info');
  });

  it('requires a job schedule for scheduled aggregation', () => {
    const result = check((doc) => unset(doc, 'aggregateMonetizedUsage.jobSchedule'));
    expect(only(result, 'CFG-AGG-005').path).toBe('aggregateMonetizedUsage.frequency');
  });
});

describe('job schedules', () => {
  it('requires a DAILY job schedule', () => {
    const result = check((doc) => set(doc, 'jobSchedules[0].frequency', 'SCHEDULED'));
    expect(only(result, 'CFG-JOB-001').path).toBe('jobSchedules');
  });

  it('allows only one DAILY job schedule per client', () => {
    const result = check((doc) => set(doc, 'jobSchedules[1].frequency', 'DAILY'));
    expect(only(result, 'CFG-JOB-002').message).toContain('"Midday"');
  });

  it('refuses two job schedules with the same name', () => {
    const result = check((doc) =>
      append(doc, 'jobSchedules', { name: 'Midday', frequency: 'SCHEDULED', time: '13:00:00' }),
    );
    expect(only(result, 'CFG-JOB-003').path).toBe('jobSchedules[2].name');
  });
});

describe('core Aria prerequisites and system properties', () => {
  const prerequisites = 'systemProperties.coreAriaPrerequisites';

  it('requires the Data Feed', () => {
    const result = check((doc) => set(doc, `${prerequisites}.dataFeedEnabled`, false));
    const issue = only(result, 'CFG-CORE-001');
    expect(issue.path).toBe(`${prerequisites}.dataFeedEnabled`);
    expect(issue.docsUrl).toBe('/docs/reference/issue-codes#cfg-core-001');
  });

  it('requires Section 33', () => {
    const result = check((doc) => set(doc, `${prerequisites}.section33Enabled`, false));
    expect(only(result, 'CFG-CORE-002').severity).toBe('error');
  });

  it('refuses the Allegro base URL entered with https:// and shows it without', () => {
    const result = check((doc) =>
      set(
        doc,
        `${prerequisites}.advUsagePricingSystemBaseUrl`,
        'https://allegro.example.com/ui/allegro',
      ),
    );
    expect(only(result, 'CFG-CORE-003').message).toContain('"allegro.example.com/ui/allegro"');
  });

  it('warns about a base URL with a trailing slash', () => {
    const result = check((doc) =>
      set(doc, `${prerequisites}.advUsagePricingSystemBaseUrl`, 'allegro.example.com/ui/allegro/'),
    );
    expect(only(result, 'CFG-CORE-004').message).toContain('ends with a slash');
  });

  it('warns when batch-job interdependence is not configured', () => {
    const result = check((doc) => set(doc, `${prerequisites}.batchJobInterdependence`, false));
    expect(only(result, 'CFG-CORE-005').severity).toBe('warning');
  });

  it('notes when the prerequisites are not recorded at all', () => {
    const result = check((doc) => unset(doc, prerequisites));
    expect(only(result, 'CFG-CORE-006').severity).toBe('info');
  });

  it('notes a default download size outside 200,000 to 250,000 rows', () => {
    const result = check((doc) =>
      set(doc, 'systemProperties.uiDefaults.defaultDownloadSize', 500000),
    );
    expect(only(result, 'CFG-SYS-001').message).toContain('500,000');
  });
});

describe('change set', () => {
  it('refuses to delete a currency that a price offer still uses and lists the price offer', () => {
    const result = check((doc) =>
      set(doc, 'changeSet', { delete: [{ kind: 'currency', id: 'EUR' }] }),
    );
    const issue = only(result, 'CFG-CHG-001');
    expect(issue.path).toBe('changeSet.delete[0].id');
    expect(issue.message).toBe(
      'Currency "EUR" cannot be deleted: still referenced by priceOffers[3] (price offer "PO_VOICE_EU").',
    );
  });

  it('lists every referrer of a service type, including system property defaults', () => {
    const result = check((doc) =>
      set(doc, 'changeSet', { delete: [{ kind: 'serviceType', id: 'VOICE' }] }),
    );
    const message = only(result, 'CFG-CHG-001').message;
    for (const referrer of [
      'buildingBlocks.billableServices[0]',
      'buildingBlocks.billableServices[3]',
      'models.rateUnits[0]',
      'models.rateUnitMaps[0]',
      'sourcePlatforms[0]',
      'processingStreams[0]',
      'systemProperties.buildingBlocks (system property Default Service Type)',
    ]) {
      expect(message).toContain(referrer);
    }
  });

  it('allows deleting a currency once the price offer using it is deleted earlier in the change set', () => {
    const result = check((doc) =>
      set(doc, 'changeSet', {
        delete: [
          { kind: 'priceOffer', id: 'PO_VOICE_EU' },
          { kind: 'currency', id: 'EUR' },
        ],
      }),
    );
    expect(codes(result)).toEqual([]);
  });

  it('still refuses when the referrer is deleted only after the currency', () => {
    const result = check((doc) =>
      set(doc, 'changeSet', {
        delete: [
          { kind: 'currency', id: 'EUR' },
          { kind: 'priceOffer', id: 'PO_VOICE_EU' },
        ],
      }),
    );
    expect(codes(result)).toEqual(['CFG-CHG-001']);
  });

  it('warns about deleting something that is not in the document', () => {
    const result = check((doc) =>
      set(doc, 'changeSet', { delete: [{ kind: 'rateUnit', id: 'MINUTE' }] }),
    );
    expect(only(result, 'CFG-CHG-002').message).toContain('Did you mean "MINUTES"?');
  });

  it('refuses to delete the only DAILY job schedule', () => {
    const result = check((doc) =>
      set(doc, 'changeSet', { delete: [{ kind: 'jobSchedule', id: 'Daily' }] }),
    );
    expect(only(result, 'CFG-CHG-003').path).toBe('changeSet.delete[0].id');
  });

  it('refuses to rename anything because ids are read-only', () => {
    const result = check((doc) =>
      set(doc, 'changeSet', { rename: [{ kind: 'serviceType', from: 'SMS', to: 'TEXT' }] }),
    );
    expect(only(result, 'CFG-CHG-004').message).toContain('ids are read-only');
  });
});

describe('changeable assumptions', () => {
  it('accepts continuous tier bounds (0–100, 100–500) when that convention is chosen', () => {
    const doc = cleanDoc();
    set(doc, 'priceOffers[0].tiers[1].from', 100);
    set(doc, 'priceOffers[0].tiers[2].from', 500);
    expect(codes(checkConfig(doc))).toEqual(['CFG-TIER-003', 'CFG-TIER-003']);
    const continuous = checkConfig(doc, { assumptions: { tierBoundaries: 'continuous' } });
    expect(continuous.issues.filter((issue) => issue.path?.startsWith('priceOffers[0]'))).toEqual(
      [],
    );
    // The clean sample's 1–100, 101–500 tiers are gaps under the continuous convention.
    expect(
      codes(checkConfig(cleanDoc(), { assumptions: { tierBoundaries: 'continuous' } })),
    ).toContain('CFG-TIER-002');
  });

  it('allows a dependency on a later sibling when evaluation order is not assumed', () => {
    const doc = set(cleanDoc(), 'buildingBlocks.multiRateUsageTypes[0].children[1].dependency', {
      dependsOn: ['INTL_SURCHARGE'],
      expression: 'INTL_SURCHARGE * 2',
    });
    const relaxed = checkConfig(doc, { assumptions: { dependenciesOnEarlierSiblingsOnly: false } });
    expect(codes(relaxed)).toEqual([]);
  });
});
