package org.emporium.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a visitor's address is, from a table of address ranges that the shop configures
 * ({@code emporium.chat.ip-locations}: a CSV file of lines {@code first,last,place...}, IPv4 or IPv6, such as
 * DB-IP's free "IP to City Lite" file). The place is the rest of the line's non-numeric fields (the coordinates
 * stay out), e.g. "AS, CN, Zhejiang, Hangzhou". Without a file, no place is known. The table is read once, on
 * first use, and looked up by binary search.
 */
@ApplicationScoped
public class IpLocations {

    private static final Logger LOG = Logger.getLogger(IpLocations.class.getName());
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    @Inject
    @ConfigProperty(name = "emporium.chat.ip-locations")
    Optional<String> file;

    private volatile Table table;

    /** The place of an address, if the table knows it. */
    public Optional<String> locate(String address) {
        Table t = table;
        if (t == null) {
            synchronized (this) {
                if (table == null) {
                    table = file.filter(f -> !f.isBlank())
                            .map(f -> read(Path.of(f)))
                            .orElse(Table.EMPTY);
                }
                t = table;
            }
        }
        return t.locate(address);
    }

    private static Table read(Path path) {
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Table t = Table.parse(in.lines().toList());
            LOG.info(() -> "IP locations: " + t.size() + " ranges from " + path);
            return t;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "IP locations could not be read from " + path + "; no places are shown", e);
            return Table.EMPTY;
        }
    }

    /** Address ranges sorted by their first address, each with its place. */
    public static final class Table {

        static final Table EMPTY = new Table(new BigInteger[0], new BigInteger[0], new String[0]);

        private final BigInteger[] firsts;
        private final BigInteger[] lasts;
        private final String[] places;

        private Table(BigInteger[] firsts, BigInteger[] lasts, String[] places) {
            this.firsts = firsts;
            this.lasts = lasts;
            this.places = places;
        }

        /** The table of these CSV lines; a line that is not a range is skipped. */
        public static Table parse(List<String> lines) {
            record Range(BigInteger first, BigInteger last, String place) {}
            List<Range> ranges = new ArrayList<>();
            Map<String, String> shared = new HashMap<>();
            for (String line : lines) {
                String[] fields = line.split(",", -1);
                if (fields.length < 3) {
                    continue;
                }
                Optional<BigInteger> first = number(unquote(fields[0]));
                Optional<BigInteger> last = number(unquote(fields[1]));
                String place = String.join(
                        ", ",
                        Arrays.stream(fields, 2, fields.length)
                                .map(Table::unquote)
                                .filter(f -> !f.isBlank() && !NUMBER.matcher(f).matches())
                                .toList());
                if (first.isPresent()
                        && last.isPresent()
                        && !place.isEmpty()
                        && first.get().compareTo(last.get()) <= 0) {
                    ranges.add(new Range(first.get(), last.get(), shared.computeIfAbsent(place, p -> p)));
                }
            }
            ranges.sort(Comparator.comparing(Range::first));
            return new Table(
                    ranges.stream().map(Range::first).toArray(BigInteger[]::new),
                    ranges.stream().map(Range::last).toArray(BigInteger[]::new),
                    ranges.stream().map(Range::place).toArray(String[]::new));
        }

        public Optional<String> locate(String address) {
            Optional<BigInteger> n = number(address);
            if (n.isEmpty() || firsts.length == 0) {
                return Optional.empty();
            }
            int i = Arrays.binarySearch(firsts, n.get());
            int at = i >= 0 ? i : -i - 2;
            return at >= 0 && n.get().compareTo(lasts[at]) <= 0 ? Optional.of(places[at]) : Optional.empty();
        }

        public int size() {
            return firsts.length;
        }

        /**
         * An address as one number, IPv4 addresses below IPv6 ones; only literal addresses, never a name (which
         * would be looked up in the DNS).
         */
        static Optional<BigInteger> number(String address) {
            if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F:.]+")) {
                return Optional.empty();
            }
            try {
                byte[] bytes = InetAddress.getByName(address.strip()).getAddress();
                BigInteger value = new BigInteger(1, bytes);
                return Optional.of(bytes.length == 4 ? value : value.add(BigInteger.ONE.shiftLeft(32)));
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }

        private static String unquote(String field) {
            String f = field.strip();
            return f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"") ? f.substring(1, f.length() - 1) : f;
        }
    }
}
