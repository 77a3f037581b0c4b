package kz.kelisim.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the versioned year data files shipped in this library, listed in {@code years/index.txt}. */
final class ShippedYears {

    private static final String FOLDER = "years/";

    private ShippedYears() {
    }

    static List<YearData> load() {
        List<YearData> years = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                try {
                    years.add(YearData.parse(read(name)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(
                            "Shipped calendar file " + name + " is invalid: " + e.getMessage(), e);
                }
            }
        }
        return years;
    }

    private static String read(String name) {
        try (InputStream in = ShippedYears.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Shipped calendar file " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read shipped calendar file " + name, e);
        }
    }
}
