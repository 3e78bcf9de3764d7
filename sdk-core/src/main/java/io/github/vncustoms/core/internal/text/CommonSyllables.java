package io.github.vncustoms.core.internal.text;

import io.github.vncustoms.core.error.ConfigurationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * About nine hundred common Vietnamese syllables with diacritics, bundled as
 * {@code io/github/vncustoms/core/text/common-syllables.txt}. Encoding detection uses them only
 * to break ties between readings that are all well-formed: {@code công} (windows-1258) against
 * {@code cụng} (the same bytes read as TCVN3). Loaded on first use; immutable and thread-safe.
 */
public final class CommonSyllables {
    private static final String RESOURCE = "/io/github/vncustoms/core/text/common-syllables.txt";

    private static final class Holder {
        private static final Set<String> SYLLABLES = load();
    }

    private CommonSyllables() {}

    /**
     * Tells whether a word is a common syllable, ignoring case.
     *
     * @param word an NFC word
     * @return whether the bundled list holds it
     */
    public static boolean contains(String word) {
        return Holder.SYLLABLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (InputStream in = CommonSyllables.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ConfigurationException("bundled resource " + RESOURCE + " is missing; expected it in the"
                        + " sdk-core jar");
            }
            Set<String> syllables = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    syllables.add(word);
                }
            }
            return Set.copyOf(syllables);
        } catch (IOException e) {
            throw new ConfigurationException("bundled resource " + RESOURCE + " could not be read", e);
        }
    }
}
