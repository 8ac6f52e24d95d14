package cn.ecc.api.audit;

/**
 * The result of checking the hash chain.
 *
 * @param intact      true when every record is there, unaltered, in order
 * @param records     how many records were read
 * @param firstBroken the id of the first altered or missing record; null when intact
 * @param headHash    the hash of the newest record (write it down elsewhere to detect a rewrite of the
 *                    whole trail later); null for an empty trail
 */
public record AuditVerification(boolean intact, long records, Long firstBroken, String headHash) {
}
