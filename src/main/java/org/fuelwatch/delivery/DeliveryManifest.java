package org.fuelwatch.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.fuelwatch.system.AtomicFiles;
import org.fuelwatch.system.OutputNames;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds each recipient's outcome to the published manifest ({@code delivery[]}), and to {@code latest.json} when that
 * is the same briefing's. The rest of the manifest is left as the publish step wrote it.
 */
final class DeliveryManifest {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private DeliveryManifest() {
    }

    static void record(OutputNames names, LocalDate asOf, List<Deliverer.Outcome> outcomes) {
        update(names.manifest(asOf), asOf, outcomes);
        update(names.latestManifest(), asOf, outcomes);
    }

    private static void update(Path file, LocalDate asOf, List<Deliverer.Outcome> outcomes) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            JsonNode tree = JSON.readTree(Files.readString(file));
            if (!(tree instanceof ObjectNode root) || !asOf.toString().equals(root.path("asOf").asString())) {
                return; // latest.json of a newer briefing
            }
            ArrayNode delivery = root.putArray("delivery");
            for (Deliverer.Outcome o : outcomes) {
                DeliveryRecord r = o.record();
                ObjectNode entry = delivery.addObject();
                entry.put("name", r.name());
                entry.put("email", r.email());
                entry.put("edition", r.edition());
                entry.put("copy", r.copyNumber());
                entry.put("copies", r.copies());
                entry.put("status", r.status().column());
                entry.put("attempts", r.attempts());
                entry.put("messageId", r.messageId());
                entry.put("briefingSha256", r.briefingSha256());
                entry.put("sentAt", r.sentAt() == null ? null : r.sentAt().toString());
                entry.put("error", r.lastError());
            }
            AtomicFiles.write(file, out -> JSON.writeValue(out, root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add the delivery outcomes to " + file, e);
        }
    }
}
