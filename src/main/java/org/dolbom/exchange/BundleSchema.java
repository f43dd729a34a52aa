package org.dolbom.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;

/**
 * The published JSON Schema of the bundle format ({@code bundle.schema.json}, also for other tools). The reader
 * checks the envelope against it; records are checked as they stream, against the same rules in code.
 */
final class BundleSchema {

    static final String RESOURCE = "/org/dolbom/exchange/bundle.schema.json";

    private static final Schema SCHEMA = load();

    private BundleSchema() {
    }

    /** Refuses an envelope the schema does not accept, naming the first field at fault. */
    static void check(JsonNode envelope) {
        List<Error> errors = SCHEMA.validate(envelope);
        if (errors.isEmpty()) {
            return;
        }
        Error first = errors.getFirst();
        String where = first.getInstanceLocation().toString();
        if ("additionalProperties".equals(first.getKeyword()) || "unevaluatedProperties".equals(first.getKeyword())) {
            throw new BundleRefusal("exchange.refused.unknownField", first.getProperty(), where);
        }
        if ("required".equals(first.getKeyword())) {
            throw new BundleRefusal("exchange.refused.envelope", join(where, first.getProperty()));
        }
        throw new BundleRefusal("exchange.refused.envelope", where);
    }

    /** Validates any JSON against the full schema, records included; for tests and tools. */
    static List<Error> validate(JsonNode bundle) {
        return SCHEMA.validate(bundle);
    }

    private static String join(String where, String property) {
        return property == null ? where : where + "/" + property;
    }

    private static Schema load() {
        try (InputStream in = BundleSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
