/**
 * Shape checks: how schema problems are reported, how a broken record is set aside so that the
 * other findings still appear, the normalised output, and the usage-record / bulk API schemas.
 */
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../../../src/allegro/check/config';
import {
  BulkRecordUsageRequestSchema,
  BulkRecordUsageResponseSchema,
  UsageRecordSchema,
} from '../../../../src/allegro/schema';
import { cleanDoc, codes, set, unset, withCode } from './helpers';

describe('schema findings', () => {
  it('reports a currency without a rounding method as a missing required field', () => {
    const doc = unset(cleanDoc(), 'resources.currencies[1].roundingMethod');
    const [issue] = withCode(checkConfig(doc), 'CFG-SCH-001');
    expect(issue).toMatchObject({
      path: 'resources.currencies[1].roundingMethod',
      message: 'Missing required field "roundingMethod" in resources.currencies[1].',
    });
  });

  it('flags a misspelt key and suggests the real field name', () => {
    const doc = set(cleanDoc(), 'priceOffers[0].tierTyp', 'PROSPECTIVE');
    const [issue] = withCode(checkConfig(doc), 'CFG-SCH-002');
    expect(issue?.path).toBe('priceOffers[0].tierTyp');
    expect(issue?.message).toContain('probably a typo for "tierType"');
  });

  it('suggests the field when the core Aria parameter name is typed instead', () => {
    const doc = cleanDoc();
    unset(doc, 'systemProperties.coreAriaPrerequisites.advUsagePricingSystemBaseUrl');
    set(doc, 'systemProperties.coreAriaPrerequisites.adv_usage_pricing_system_base_url', 'x.y');
    const result = checkConfig(doc);
    expect(withCode(result, 'CFG-SCH-002')[0]?.message).toContain('"advUsagePricingSystemBaseUrl"');
    expect(withCode(result, 'CFG-SCH-001')[0]?.path).toBe(
      'systemProperties.coreAriaPrerequisites.advUsagePricingSystemBaseUrl',
    );
    // The prerequisites block was set aside, so it is not also reported as "not recorded".
    expect(codes(result)).not.toContain('CFG-CORE-006');
  });

  it('lists the allowed values of a wrong tier type and suggests the closest', () => {
    const doc = set(cleanDoc(), 'priceOffers[0].tierType', 'PROGRESIVE');
    const [issue] = withCode(checkConfig(doc), 'CFG-SCH-003');
    expect(issue?.message).toBe(
      'priceOffers[0].tierType is the text "PROGRESIVE"; allowed: PROGRESSIVE, PROSPECTIVE. Did you mean "PROGRESSIVE"?',
    );
  });

  it('lists the allowed kinds of a time unit', () => {
    const doc = set(cleanDoc(), 'models.timeUnits[1].kind', 'WEEKDAYS');
    expect(withCode(checkConfig(doc), 'CFG-SCH-003')[0]?.message).toContain(
      'allowed: TIME_OF_DAY, DAY_OF_WEEK, HOLIDAY',
    );
  });

  it('reports quoted true where true/false is expected', () => {
    const doc = set(cleanDoc(), 'priceOffers[3].pooling', 'true');
    expect(withCode(checkConfig(doc), 'CFG-SCH-004')[0]?.message).toBe(
      'priceOffers[3].pooling should be true or false but is the text "true".',
    );
  });

  it('reports a currency code that is not three upper-case letters', () => {
    const doc = set(cleanDoc(), 'resources.currencies[0].id', 'usd');
    expect(withCode(checkConfig(doc), 'CFG-SCH-005')[0]?.message).toContain(
      'three-letter upper-case ISO 4217 code such as USD (found "usd")',
    );
  });

  it('reports a job schedule time that is not HH:MM:SS', () => {
    const doc = set(cleanDoc(), 'jobSchedules[0].time', '1:00');
    expect(withCode(checkConfig(doc), 'CFG-SCH-005')[0]?.path).toBe('jobSchedules[0].time');
  });

  it('reports a batch size of zero', () => {
    const doc = set(cleanDoc(), 'aggregateMonetizedUsage.batchSize', 0);
    expect(withCode(checkConfig(doc), 'CFG-SCH-006')[0]?.message).toBe(
      'aggregateMonetizedUsage.batchSize must be at least 1.',
    );
  });
});

describe('every finding, not the first', () => {
  it('still runs the cross-record rules when one record breaks the schema', () => {
    const doc = cleanDoc();
    unset(doc, 'resources.currencies[0].name'); // USD breaks the schema
    set(doc, 'priceOffers[0].tierType', 'PROSPECTIVE'); // a rule finding elsewhere
    const result = checkConfig(doc);
    expect(codes(result)).toEqual(['CFG-SCH-001', 'CFG-PRC-004']);
    // USD exists, only broken: price offers using it are not reported as missing currency.
    expect(codes(result)).not.toContain('CFG-ORD-001');
    expect(result.normalized).toBeUndefined();
  });

  it('keeps the original index in paths of records after one that was set aside', () => {
    const doc = cleanDoc();
    set(doc, 'resources.currencies[0].symbol', 'US dollars!'); // USD set aside (too long)
    set(doc, 'resources.currencies[1].roundingMethod', 'HALF_UP');
    const result = checkConfig(doc);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['CFG-SCH-006', 'resources.currencies[0].symbol'],
      ['CFG-RES-002', 'resources.currencies[1].roundingMethod'],
    ]);
  });

  it('does not claim a usage service is unpriced when its price offer was set aside', () => {
    const doc = set(cleanDoc(), 'priceOffers[1].tiers[0].rate', 'five cents');
    expect(codes(checkConfig(doc))).toEqual(['CFG-SCH-005']);
  });

  it('runs the rules even when the client block is unusable', () => {
    const doc = cleanDoc();
    set(doc, 'client', 'AcmeTelco');
    set(doc, 'priceOffers[3].perRecordRating', true);
    expect(codes(checkConfig(doc))).toEqual(['CFG-SCH-004', 'CFG-PRC-007']);
  });
});

describe('normalised output', () => {
  it('applies defaults and writes decimals as plain decimal strings', () => {
    const doc = cleanDoc();
    unset(doc, 'priceOffers[3].tierType');
    set(doc, 'priceOffers[3].tiers[0].rate', 0.09);
    const { normalized, counts } = checkConfig(doc);
    expect(counts).toEqual({ error: 0, warning: 0, info: 0 });
    const offer = normalized?.priceOffers[3];
    expect(offer?.tierType).toBe('PROGRESSIVE');
    expect(offer?.tierReference).toBe('QUANTITY');
    expect(offer?.perRecordRating).toBe(false);
    expect(offer?.tiers[0]?.rate).toBe('0.09');
    expect(offer?.tiers[0]?.from).toBe('1');
    expect(normalized?.client.id).toBe('4000123');
    expect(normalized?.resources.currencies[0]?.id).toBe('USD');
  });

  it('fills empty lists for sections that are left out', () => {
    const { normalized } = checkConfig({
      client: { id: '1', name: 'Minimal' },
      jobSchedules: [{ name: 'Daily', frequency: 'DAILY', time: '00:00:00' }],
    });
    expect(normalized?.models.rateUnits).toEqual([]);
    expect(normalized?.buildingBlocks.multiRateUsageTypes).toEqual([]);
    expect(normalized?.schemaVersion).toBe(1);
  });

  it('reports an internal failure instead of throwing', () => {
    const hostile = {
      get client(): unknown {
        throw new Error('boom');
      },
    };
    const result = checkConfig(hostile);
    expect(codes(result)).toEqual(['CFG-INT-001']);
    expect(result.issues[0]?.message).toContain('boom');
  });
});

describe('usage record and bulk_record_usage_m schemas', () => {
  const record = { acct_no: 1234567, usage_type_code: 'LOCAL_MIN', usage_units: 12.5 };

  it('accepts a minimal record with a locator, a usage type and units', () => {
    expect(UsageRecordSchema.safeParse(record).success).toBe(true);
  });

  it('requires a locator and a usage type', () => {
    const result = UsageRecordSchema.safeParse({ usage_units: 1 });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'needs an account or plan-instance locator: one of acct_no, userid, client_acct_id, plan_instance_no, client_plan_instance_id',
      'needs usage_type or usage_type_code',
    ]);
  });

  it('enforces the documented field sizes and formats', () => {
    const result = UsageRecordSchema.safeParse({
      ...record,
      userid: 'u'.repeat(33),
      usage_type_code: 'c'.repeat(31),
      usage_date: '2024-13-01',
      exclusion_comments: 'x'.repeat(301),
      amt: 1.234,
      rate: '0.123456',
      acct_no: '1'.repeat(23),
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'acct_no',
      'amt',
      'exclusion_comments',
      'rate',
      'usage_date',
      'usage_type_code',
      'userid',
    ]);
  });

  it('accepts a usage date with a time part and refuses other layouts', () => {
    expect(
      UsageRecordSchema.safeParse({ ...record, usage_date: '2024-09-30 23:59:59' }).success,
    ).toBe(true);
    expect(UsageRecordSchema.safeParse({ ...record, usage_date: '30/09/2024' }).success).toBe(
      false,
    );
  });

  it('refuses a misspelt attribute such as usage_unit', () => {
    const result = UsageRecordSchema.safeParse({ ...record, usage_unit: 3 });
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('needs usage_field_name and usage_field_value together, and tax amounts with tax-inclusive', () => {
    const result = UsageRecordSchema.safeParse({
      ...record,
      usage_field_name: 'region',
      precalc_tax_inclusive: 'true',
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'usage_field_value',
      'precalc_tax_amt',
      'precalc_tax_rate',
    ]);
  });

  it('accepts a bulk request and refuses one without usage records or with a long auth key', () => {
    const request = { client_no: 4000123, auth_key: 'k'.repeat(32), usage_recs: [record] };
    expect(BulkRecordUsageRequestSchema.safeParse(request).success).toBe(true);
    const bad = BulkRecordUsageRequestSchema.safeParse({
      ...request,
      auth_key: 'k'.repeat(33),
      usage_recs: [],
    });
    expect(bad.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'auth_key',
      'usage_recs',
    ]);
  });

  it('reads a response with per-record errors', () => {
    const response = BulkRecordUsageResponseSchema.parse({
      error_code: 0,
      error_msg: 'OK',
      error_records: [
        {
          out_client_record_id: 'AGG-1',
          acct_no: 42,
          record_error_code: 1009,
          record_error_msg: 'account does not exist',
        },
      ],
    });
    expect(response.error_records?.[0]?.record_error_code).toBe(1009);
  });
});
