package org.emporium.catalog.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.emporium.catalog.entity.AttributeOption;
import org.emporium.catalog.entity.Sku;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * The SKUs of a product are the combinations of the options chosen on its variant axes: colour {white,
 * blue} × size {M, L} gives four. Each combination gets a code from the product's code prefix and the
 * options' codes (SHIRT-OX-WHITE-M) and a specification from their labels (白色 / M, White / M).
 */
public final class SkuMatrix {

    /** More combinations than a product page or a warehouse can sensibly handle. */
    public static final int MAX_COMBINATIONS = 400;

    private SkuMatrix() {}

    /** One combination: the options in axis order, with the code and specifications they give. */
    public record Cell(List<AttributeOption> options, String code, String specZh, String specEn) {}

    /**
     * Every combination of the given options, one list per axis in axis order, the first axis varying
     * slowest. No axes gives one cell with the prefix as its code (a product without variants).
     */
    public static List<Cell> combinations(String codePrefix, List<List<AttributeOption>> axes) {
        String prefix = codePrefix == null ? "" : codePrefix.trim().toUpperCase(Locale.ROOT);
        if (prefix.isEmpty()) {
            throw new BusinessRuleViolation("catalog.sku.prefix.required");
        }
        long count = 1;
        for (List<AttributeOption> axis : axes) {
            if (axis.isEmpty()) {
                throw new BusinessRuleViolation("catalog.sku.axis.empty");
            }
            count *= axis.size();
            if (count > MAX_COMBINATIONS) {
                throw new BusinessRuleViolation("catalog.sku.tooMany", MAX_COMBINATIONS);
            }
        }
        List<List<AttributeOption>> rows = new ArrayList<>();
        rows.add(List.of());
        for (List<AttributeOption> axis : axes) {
            List<List<AttributeOption>> next = new ArrayList<>();
            for (List<AttributeOption> row : rows) {
                for (AttributeOption option : axis) {
                    List<AttributeOption> longer = new ArrayList<>(row);
                    longer.add(option);
                    next.add(longer);
                }
            }
            rows = next;
        }
        List<Cell> cells = new ArrayList<>();
        for (List<AttributeOption> row : rows) {
            cells.add(new Cell(
                    Collections.unmodifiableList(row),
                    code(prefix, row),
                    spec(row, Locale.SIMPLIFIED_CHINESE, prefix),
                    spec(row, Locale.ENGLISH, prefix)));
        }
        return cells;
    }

    /** True when the SKU sits on exactly the cell's options. */
    public static boolean matches(Sku sku, Cell cell) {
        return cell.options().stream()
                        .allMatch(o -> sku.option(o.getAttribute().getCode())
                                .map(chosen -> chosen.getCode().equals(o.getCode()))
                                .orElse(false))
                && sku.getOptions().size() == cell.options().size();
    }

    static String code(String prefix, List<AttributeOption> options) {
        String code = options.isEmpty()
                ? prefix
                : prefix + "-"
                        + options.stream()
                                .map(o -> o.getCode().toUpperCase(Locale.ROOT))
                                .collect(Collectors.joining("-"));
        if (!code.matches(Sku.CODE_PATTERN)) {
            throw new BusinessRuleViolation("catalog.sku.code.format", code);
        }
        return code;
    }

    private static String spec(List<AttributeOption> options, Locale locale, String prefix) {
        return options.isEmpty()
                ? prefix
                : options.stream().map(o -> o.label(locale)).collect(Collectors.joining(" / "));
    }
}
