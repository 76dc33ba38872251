package org.hearsay.speakers;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Known news outlets and agencies with the names papers use for them ("the NYT", "WaPo", "AP").
 * Immutable; {@link #english()} is the built-in list, {@link #with} adds a user's own.
 */
public final class OutletDirectory {

    private static final String[][] BUILT_IN = {
        {"The New York Times", "New York Times", "NYT", "NY Times", "N.Y. Times"},
        {"The Washington Post", "Washington Post", "WaPo"},
        {"The Wall Street Journal", "Wall Street Journal", "WSJ"},
        {"Associated Press", "The Associated Press", "AP"},
        {"Reuters", "Thomson Reuters"},
        {"Agence France-Presse", "AFP", "Agence France Presse"},
        {"BBC", "BBC News", "British Broadcasting Corporation"},
        {"CNN"},
        {"Fox News", "Fox News Channel"},
        {"NBC News", "NBC"},
        {"CBS News", "CBS"},
        {"ABC News", "ABC"},
        {"NPR", "National Public Radio"},
        {"Politico", "POLITICO"},
        {"Bloomberg", "Bloomberg News"},
        {"The Guardian", "Guardian"},
        {"Financial Times", "The Financial Times", "FT"},
        {"The Economist", "Economist"},
        {"Axios"},
        {"The Hill"},
        {"USA Today", "USA TODAY"},
        {"Los Angeles Times", "LA Times", "L.A. Times"},
        {"Al Jazeera"},
        {"Breitbart", "Breitbart News"},
        {"Daily Caller", "The Daily Caller"},
        {"Daily Caller News Foundation", "DCNF"},
        {"The Atlantic", "Atlantic"},
        {"Newsweek"},
        {"Time", "TIME"},
        {"MSNBC"},
        {"Yonhap", "Yonhap News Agency"},
        {"Kyiv Independent", "The Kyiv Independent"},
        {"Deutsche Welle", "DW"},
        {"Xinhua", "Xinhua News Agency"},
        {"TASS"},
        {"Interfax"},
        {"The Telegraph", "Telegraph", "Daily Telegraph"},
        {"The Times of London"},
        {"Le Monde"},
        {"Der Spiegel", "Spiegel"},
        {"Haaretz"},
        {"The Independent"},
        {"Sky News"},
        {"HuffPost", "Huffington Post", "The Huffington Post"},
        {"BuzzFeed News", "BuzzFeed"},
        {"Vox"},
        {"Slate"},
        {"Mother Jones"},
        {"National Review"},
        {"The Daily Beast", "Daily Beast"},
        {"New York Post", "The New York Post"},
        {"Chicago Tribune"},
        {"The Boston Globe", "Boston Globe"},
        {"ProPublica"},
    };

    /** Words that mark a name as an outlet even when the directory does not know it. */
    private static final List<String> OUTLET_WORDS = List.of(
            "times", "post", "journal", "herald", "tribune", "gazette", "daily", "news", "press", "telegraph",
            "chronicle", "observer", "guardian", "independent", "magazine", "radio", "television", "tv",
            "broadcasting", "network", "agency", "wire", "courier", "dispatch", "examiner", "inquirer",
            "register", "sentinel", "star", "standard", "mirror", "express", "record", "bulletin", "monitor");

    private final Map<String, String> canonicalByName;

    private OutletDirectory(Map<String, String> canonicalByName) {
        this.canonicalByName = Map.copyOf(canonicalByName);
    }

    public static OutletDirectory english() {
        Map<String, String> m = new HashMap<>();
        for (String[] names : BUILT_IN) {
            for (String n : names) {
                m.put(key(n), names[0]);
            }
        }
        return new OutletDirectory(m);
    }

    /** This directory plus one more outlet and its aliases. */
    public OutletDirectory with(String canonical, String... aliases) {
        Map<String, String> m = new HashMap<>(canonicalByName);
        m.put(key(canonical), canonical);
        for (String a : aliases) {
            m.put(key(a), canonical);
        }
        return new OutletDirectory(m);
    }

    /** The canonical name of the outlet called {@code name}, if it is a known one. */
    public Optional<String> canonical(String name) {
        return Optional.ofNullable(canonicalByName.get(key(name)));
    }

    /** Whether a name looks like a paper's or broadcaster's ("the Valmora Herald"). */
    public static boolean looksLikeOutlet(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        return words.length > 0 && OUTLET_WORDS.contains(words[words.length - 1]);
    }

    static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").trim();
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        return k.replaceAll("\\s+", " ");
    }
}
