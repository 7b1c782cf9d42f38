/**
 * The sample log excerpt the error decoder starts with (and the tool page walks through), with
 * the entries it must recognise. The lines are invented for illustration; only the suspense reason
 * text is a documented message.
 */
export const SAMPLE_LOG = [
  '2024-05-02 02:00:04 ERROR account-sync activity 5521 status Error: account 1003 not found',
  '2024-05-02 02:14:31 WARN  rating VOICE_20240501.csv: No Service found for the service (provisioning) id 447700900123',
  '2024-05-02 03:02:10 ERROR bulk_record_usage_m batch AGG-20240502-0001: {"out_client_record_id": "AGG-1-17", "record_error_code": 1009, "record_error_msg": "account does not exist"}',
  '2024-05-02 03:05:00 ERROR report export stopped: disk quota exceeded',
].join('\n');

export const SAMPLE_LOG_EXPECTED = {
  /** Entry ids in the order the decoder lists them. */
  recognised: ['sync-out-of-order-lom', 'suspense-no-service-found', 'bulk_record_usage_m-1009'],
  /** Lines that look like errors but match nothing. */
  unmatchedLines: [4],
} as const;
