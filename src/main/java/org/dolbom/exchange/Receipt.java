package org.dolbom.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the receiving office sends back once a bundle is imported: which bundle (by its checksum), who received it,
 * when, and what the import did. Imported at the sender, it marks the sent bundle as received in the ledger.
 */
@JsonPropertyOrder({"format", "formatVersion"})
public record Receipt(String format, int formatVersion, String bundleSha256, String senderCode, String receiverCode,
                      String receiverName, Instant receivedAt, Map<String, Long> counts) {

    public static final String FORMAT = "dolbom-receipt";
    private static final int MAX_BYTES = 64 * 1024;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final JsonMapper MAPPER = BundleJson.mapper(ReadLimits.DEFAULT);

    public Receipt {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
    }

    public static Receipt of(String bundleSha256, String senderCode, String receiverCode, String receiverName,
                             Instant receivedAt, Map<String, Long> counts) {
        return new Receipt(FORMAT, 1, bundleSha256, senderCode, receiverCode, receiverName, receivedAt, counts);
    }

    /** Whether the file starts like a receipt rather than a bundle, judged from its first bytes. */
    public static boolean isReceipt(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(64), StandardCharsets.UTF_8).replaceAll("\\s", "");
            return head.startsWith("{\"format\":\"" + FORMAT + "\"");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads and checks a receipt.
     *
     * @throws BundleRefusal {@code exchange.receipt.invalid} when the file is not a whole, valid receipt
     */
    public static Receipt read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BundleRefusal("exchange.receipt.invalid", file.getFileName().toString());
            }
            Receipt receipt = MAPPER.readValue(Files.readAllBytes(file), Receipt.class);
            if (!FORMAT.equals(receipt.format()) || receipt.formatVersion() != 1 || receipt.bundleSha256() == null
                    || !SHA256.matcher(receipt.bundleSha256()).matches() || receipt.receiverCode() == null
                    || receipt.receiverName() == null || receipt.receivedAt() == null) {
                throw new BundleRefusal("exchange.receipt.invalid", file.getFileName().toString());
            }
            return receipt;
        } catch (IOException | JacksonException e) {
            throw new BundleRefusal(e, "exchange.receipt.invalid", file.getFileName().toString());
        }
    }

    /** Writes the receipt beside a temporary name and moves it into place, so it is whole or absent. */
    public void write(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                MAPPER.writeValue(out, this);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Only a leftover hidden temp file.
            }
        }
    }

    /** Where a bundle's receipt goes by default: beside it, {@code name.receipt.json}. */
    public static Path besides(Path bundle) {
        String name = bundle.getFileName().toString();
        for (String suffix : new String[] {".dolbom.json", ".dolbom", ".json"}) {
            if (name.endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return bundle.toAbsolutePath().resolveSibling(name + ".receipt.json");
    }
}
