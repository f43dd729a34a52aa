package org.dolbom.exchange;

/**
 * How much a bundle may ask of the reader before it is refused. The defaults fit a whole township with years of
 * visits; a hostile or broken file is stopped long before it can exhaust memory.
 *
 * @param maxFileBytes       largest file read (plain or encrypted)
 * @param maxDepth           deepest nesting of JSON objects and arrays
 * @param maxStringLength    longest string value, in characters
 * @param maxRecords         most records in all groups together
 * @param minKdfIterations   fewest PBKDF2 iterations accepted from an encrypted file's header
 */
public record ReadLimits(long maxFileBytes, int maxDepth, int maxStringLength, long maxRecords,
                         int minKdfIterations) {

    public static final ReadLimits DEFAULT = new ReadLimits(2L * 1024 * 1024 * 1024, 32, 1_000_000, 5_000_000,
            100_000);

    public ReadLimits withMinKdfIterations(int iterations) {
        return new ReadLimits(maxFileBytes, maxDepth, maxStringLength, maxRecords, iterations);
    }

    public ReadLimits withMaxRecords(long records) {
        return new ReadLimits(maxFileBytes, maxDepth, maxStringLength, records, minKdfIterations);
    }

    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxStringLength, maxRecords,
                minKdfIterations);
    }
}
