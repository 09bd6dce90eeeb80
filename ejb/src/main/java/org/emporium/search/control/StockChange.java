package org.emporium.search.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import org.emporium.platform.json.Jsons;

/** What the search index reads of an {@code inventory.stock-changed} event: the SKU codes whose stock moved. */
public final class StockChange {

    private StockChange() {}

    public static List<String> skuCodes(String json) {
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            JsonArray codes = reader.readObject().getJsonArray("skuCodes");
            return codes.getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not an inventory.stock-changed payload", e);
        }
    }
}
