package org.hearsay.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearsay.model.Analysis;
import org.hearsay.model.Attribution;
import org.hearsay.model.Entity;
import org.hearsay.model.Span;
import org.hearsay.store.Answers.ArticleSummary;
import org.hearsay.store.Answers.ArticleView;
import org.hearsay.store.Answers.AttributionView;
import org.hearsay.store.Answers.Count;
import org.hearsay.store.Answers.Edge;
import org.hearsay.store.Answers.EntityRef;
import org.hearsay.store.Answers.EntityView;
import org.hearsay.store.Answers.RoleSpan;
import org.hearsay.store.Answers.SearchFilter;
import org.hearsay.store.Answers.SpeakerView;
import org.hearsay.store.Answers.OutletReport;
import org.hearsay.store.Answers.Quote;
import org.hearsay.store.Answers.SearchHit;
import org.hearsay.store.Answers.SpeakerCount;
import org.hearsay.store.Answers.StoredArticle;
import org.hearsay.store.Answers.StoredFailure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A corpus in one SQLite file: articles, their attributions and spans, entities shared across
 * articles with their aliases, a full-text index over contents and speakers, and the items that
 * failed. Each article is written in one transaction, keyed by a hash of its normalised text, so a
 * crash leaves whole articles or none and a re-run adds each article once. Thread-safe: writes take
 * turns on one connection; questions run at once, each thread on a read connection of its own (SQLite's
 * write-ahead log lets readers go on while a writer writes).
 */
public final class Store implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final Connection db;
    private final List<Connection> readConnections = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ThreadLocal<Connection> reader = new ThreadLocal<>();
    private volatile boolean closed;

    private Store(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** This thread's read connection, opened on first use. */
    private Connection reader() throws SQLException {
        if (closed) {
            throw new StoreException(file + ": the store is closed");
        }
        Connection c = reader.get();
        if (c == null) {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(10000);
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            reader.set(c);
            readConnections.add(c);
        }
        return c;
    }

    /** Opens the store at {@code file}, creating it or bringing its schema up to date. */
    public static Store open(Path file) {
        try {
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = db.createStatement()) {
                // WAL: readers (the web app) never wait for the ingester, and a kill -9 loses at most
                // the transaction in progress
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA busy_timeout = 10000");
            }
            Store store = new Store(file, db);
            store.migrate();
            return store;
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open the store: " + e.getMessage(), e);
        }
    }

    /** The schema version this hearsay writes. */
    public static int schemaVersion() {
        return Schema.MIGRATIONS.size();
    }

    private void migrate() throws SQLException {
        int version;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            version = r.getInt(1);
        }
        if (version > Schema.MIGRATIONS.size()) {
            throw new StoreException(file + ": the store has schema version " + version + ", newer than this hearsay knows ("
                    + Schema.MIGRATIONS.size() + "); use a newer hearsay");
        }
        for (int v = version; v < Schema.MIGRATIONS.size(); v++) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                for (String sql : Schema.MIGRATIONS.get(v).split(";\\s*\\n")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
                s.execute("PRAGMA user_version = " + (v + 1));
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw new StoreException(file + ": migration to schema version " + (v + 1) + " failed: " + e.getMessage(), e);
            } finally {
                db.setAutoCommit(true);
            }
        }
    }

    /** The identity of an article: SHA-256 of its text in Unicode NFC with white space folded. */
    public static String hashOf(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The id of the stored article with this text, if there is one. */
    public synchronized Optional<Long> idOf(String text) {
        return findId(hashOf(text));
    }

    /** Whether an article with this text is stored already. */
    public boolean contains(String text) {
        return idOf(text).isPresent();
    }

    /**
     * Stores an analysed article with everything found in it, in one transaction; clears an earlier
     * failure of the same origin.
     *
     * @return the new article's id, or empty when an article with the same text was stored already
     */
    public synchronized Optional<Long> put(String origin, Analysis a) {
        String hash = hashOf(a.text());
        try {
            db.setAutoCommit(false);
            try {
                if (findId(hash).isPresent()) {
                    db.rollback();
                    return Optional.empty();
                }
                long article = insertArticle(hash, origin, a);
                Map<String, Long> entities = new HashMap<>();
                for (Entity e : a.entities()) {
                    long id = entity(e);
                    entities.put(e.id(), id);
                    try (PreparedStatement m = db.prepareStatement("INSERT INTO mentions(article, entity, start, end, text) VALUES (?,?,?,?,?)")) {
                        for (Span s : e.mentions()) {
                            m.setLong(1, article);
                            m.setLong(2, id);
                            m.setInt(3, s.start());
                            m.setInt(4, s.end());
                            m.setString(5, s.text());
                            m.addBatch();
                        }
                        m.executeBatch();
                    }
                }
                for (Attribution at : a.attributions()) {
                    insertAttribution(article, a, at, entities);
                }
                try (PreparedStatement d = db.prepareStatement("DELETE FROM failures WHERE origin = ?")) {
                    d.setString(1, origin);
                    d.executeUpdate();
                }
                db.commit();
                return Optional.of(article);
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot store " + origin + ": " + e.getMessage(), e);
        }
    }

    private Optional<Long> findId(String hash) {
        try (PreparedStatement q = db.prepareStatement("SELECT id FROM articles WHERE hash = ?")) {
            q.setString(1, hash);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": " + e.getMessage(), e);
        }
    }

    private long insertArticle(String hash, String origin, Analysis a) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO articles(hash, origin, title, url, published, outlet, text, ingested) VALUES (?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, hash);
            p.setString(2, origin);
            p.setString(3, a.document().title().orElse(null));
            p.setString(4, a.document().url().orElse(null));
            p.setString(5, a.document().published().map(Object::toString).orElse(null));
            p.setString(6, a.document().outlet().orElse(null));
            p.setString(7, a.text());
            p.setString(8, Instant.now().toString());
            p.executeUpdate();
            try (ResultSet k = p.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    /**
     * The stored entity for one of an article's entities: the same type and name, or else the one
     * entity of that type that has this name as an alias ("Iliescu" after "Marta Iliescu"), or new.
     * Its aliases are added either way.
     */
    private long entity(Entity e) throws SQLException {
        String type = e.type().label();
        String key = type + ":" + fold(e.name());
        Long id = null;
        try (PreparedStatement q = db.prepareStatement("SELECT id FROM entities WHERE key = ?")) {
            q.setString(1, key);
            try (ResultSet r = q.executeQuery()) {
                if (r.next()) {
                    id = r.getLong(1);
                }
            }
        }
        if (id == null) {
            try (PreparedStatement q = db.prepareStatement(
                    "SELECT DISTINCT e.id FROM aliases a JOIN entities e ON e.id = a.entity WHERE a.alias = ? AND e.type = ? LIMIT 2")) {
                q.setString(1, e.name());
                q.setString(2, type);
                try (ResultSet r = q.executeQuery()) {
                    if (r.next()) {
                        long only = r.getLong(1);
                        id = r.next() ? null : only;
                    }
                }
            }
        }
        if (id == null) {
            try (PreparedStatement p = db.prepareStatement("INSERT INTO entities(key, name, type) VALUES (?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, key);
                p.setString(2, e.name());
                p.setString(3, type);
                p.executeUpdate();
                try (ResultSet k = p.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
            }
        }
        try (PreparedStatement p = db.prepareStatement("INSERT OR IGNORE INTO aliases(entity, alias) VALUES (?,?)")) {
            for (String alias : concat(e.name(), e.aliases())) {
                p.setLong(1, id);
                p.setString(2, alias);
                p.addBatch();
            }
            p.executeBatch();
        }
        return id;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The name as an entity key: case, white space, a leading "the" and middle initials ("Donald J. Trump") do not count. */
    static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
                .replaceFirst("^the ", "").replaceAll("(?<= )\\p{L}\\. (?=\\S)", "");
    }

    private void insertAttribution(long article, Analysis a, Attribution at, Map<String, Long> entities) throws SQLException {
        List<String> chain = a.chain(at);
        long id;
        try (PreparedStatement p = db.prepareStatement("INSERT INTO attributions(article, local_id, kind, parent, speaker, role, "
                + "recipient, sources, content, cue, chain, relay, hedged, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, article);
            p.setString(2, at.id());
            p.setString(3, at.kind().label());
            p.setString(4, at.parent().orElse(null));
            setLong(p, 5, at.speaker().map(s -> entities.get(s.entity())).orElse(null));
            p.setString(6, at.speaker().flatMap(s -> s.role()).orElse(null));
            setLong(p, 7, at.recipient().map(r -> entities.get(r.entity())).orElse(null));
            p.setString(8, joined(at.sources()));
            p.setString(9, joined(at.contents()));
            p.setString(10, at.cue().map(Span::text).orElse(null));
            p.setString(11, json(chain));
            p.setString(12, relay(chain));
            p.setInt(13, at.hedges().isEmpty() ? 0 : 1);
            p.setDouble(14, at.confidence());
            p.executeUpdate();
            try (ResultSet k = p.getGeneratedKeys()) {
                k.next();
                id = k.getLong(1);
            }
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO spans(attribution, role, start, end, text) VALUES (?,?,?,?,?)")) {
            at.cue().ifPresent(c -> addSpan(p, id, "cue", c));
            at.sources().forEach(s -> addSpan(p, id, "source", s));
            at.contents().forEach(s -> addSpan(p, id, "content", s));
            at.hedges().forEach(s -> addSpan(p, id, "hedge", s));
            at.recipient().ifPresent(r -> addSpan(p, id, "recipient", r.span()));
            p.executeBatch();
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO contents(rowid, content, speaker) VALUES (?,?,?)")) {
            p.setLong(1, id);
            p.setString(2, joined(at.contents()));
            p.setString(3, at.speaker().map(s -> s.name()).orElse("") + " " + joined(at.sources()));
            p.executeUpdate();
        }
    }

    /** The named link just before the article in a chain of three or more, if there is one. */
    private static String relay(List<String> chain) {
        if (chain.size() < 3) {
            return null;
        }
        String link = chain.get(chain.size() - 2);
        return link.equals(Analysis.UNNAMED_SOURCE) ? null : link;
    }

    private static void addSpan(PreparedStatement p, long attribution, String role, Span s) {
        try {
            p.setLong(1, attribution);
            p.setString(2, role);
            p.setInt(3, s.start());
            p.setInt(4, s.end());
            p.setString(5, s.text());
            p.addBatch();
        } catch (SQLException e) {
            throw new StoreException("cannot add a " + role + " span: " + e.getMessage(), e);
        }
    }

    private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.INTEGER);
        } else {
            p.setLong(i, v);
        }
    }

    private static String joined(List<Span> spans) {
        return spans.stream().map(Span::text).collect(Collectors.joining(" … "));
    }

    private static String json(List<String> list) {
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored chain is not JSON: " + json, e);
        }
    }

    /** Records that an item failed, replacing an earlier failure of the same item. */
    public synchronized void fail(String origin, String reason) {
        try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO failures(origin, reason, at) VALUES (?,?,?)")) {
            p.setString(1, origin);
            p.setString(2, reason);
            p.setString(3, Instant.now().toString());
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot record the failure of " + origin + ": " + e.getMessage(), e);
        }
    }

    public List<StoredFailure> failures() {
        return rows("SELECT origin, reason, at FROM failures ORDER BY at, origin", List.of(),
                r -> new StoredFailure(r.getString(1), r.getString(2), r.getString(3)));
    }

    public int articleCount() {
        return rows("SELECT count(*) FROM articles", List.of(), r -> r.getInt(1)).get(0);
    }

    public int attributionCount() {
        return rows("SELECT count(*) FROM attributions", List.of(), r -> r.getInt(1)).get(0);
    }

    public Optional<StoredArticle> article(long id) {
        return rows("SELECT id, hash, origin, title, url, published, outlet, text FROM articles WHERE id = ?", List.of(id),
                r -> new StoredArticle(r.getLong(1), r.getString(2), r.getString(3), opt(r.getString(4)), opt(r.getString(5)),
                        opt(r.getString(6)), opt(r.getString(7)), r.getString(8))).stream().findFirst();
    }

    /** The most-cited speakers: attributions, and the articles and outlets that cite them. */
    public List<SpeakerCount> speakers(int limit) {
        return rows("""
                SELECT e.id, e.name, e.type, count(*) AS n, count(DISTINCT a.article), count(DISTINCT ar.outlet)
                FROM attributions a JOIN entities e ON e.id = a.speaker JOIN articles ar ON ar.id = a.article
                GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?""", List.of(limit),
                r -> new SpeakerCount(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5), r.getInt(6)));
    }

    /**
     * Everything a speaker is reported to have said, oldest first. The speaker is found by name or
     * alias, ignoring case; failing that, by a name that contains {@code name}.
     */
    public List<Quote> quotes(String name) {
        List<Long> ids = rows("SELECT DISTINCT entity FROM aliases WHERE alias = ?", List.of(name.strip()), r -> r.getLong(1));
        if (ids.isEmpty()) {
            ids = rows("SELECT id FROM entities WHERE name LIKE ? ESCAPE '\\'", List.of("%" + likeEscape(name.strip()) + "%"), r -> r.getLong(1));
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return quotesOf(ids);
    }

    private List<Quote> quotesOf(List<Long> ids) {
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return rows("""
                SELECT ar.id, a.local_id, ar.title, ar.outlet, ar.published, a.kind, a.cue, a.role, a.content, a.chain
                FROM attributions a JOIN articles ar ON ar.id = a.article
                WHERE a.speaker IN (%s)
                ORDER BY ar.published IS NULL, ar.published, ar.id, a.id""".formatted(in), List.of(),
                r -> new Quote(r.getLong(1), r.getString(2), opt(r.getString(3)), opt(r.getString(4)), opt(r.getString(5)),
                        r.getString(6), opt(r.getString(7)), opt(r.getString(8)), r.getString(9), list(r.getString(10))));
    }

    /** Full-text search over contents and speakers; every word must occur. Best matches first. */
    public List<SearchHit> search(String text, int limit) {
        return search(text, SearchFilter.none(), limit);
    }

    /** As {@link #search(String, int)}, narrowed by outlet, speaker (part of a name) and dates. */
    public List<SearchHit> search(String text, SearchFilter filter, int limit) {
        String query = ftsQuery(text);
        if (query.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("contents MATCH ?");
        List<Object> params = new ArrayList<>(List.of(query));
        filter.outlet().ifPresent(o -> {
            where.append(" AND ar.outlet = ? COLLATE NOCASE");
            params.add(o);
        });
        filter.speaker().ifPresent(sp -> {
            where.append(" AND e.name LIKE ? ESCAPE '\\'");
            params.add("%" + likeEscape(sp) + "%");
        });
        filter.from().ifPresent(d -> {
            where.append(" AND ar.published >= ?");
            params.add(d);
        });
        filter.to().ifPresent(d -> {
            where.append(" AND ar.published <= ?");
            params.add(d);
        });
        params.add(limit);
        return rows("""
                SELECT ar.id, a.local_id, ar.title, ar.outlet, ar.published,
                       coalesce(e.name, nullif(a.sources, ''), '%s'),
                       snippet(contents, 0, '%s', '%s', '…', 24)
                FROM contents JOIN attributions a ON a.id = contents.rowid JOIN articles ar ON ar.id = a.article
                LEFT JOIN entities e ON e.id = a.speaker
                WHERE %s ORDER BY rank LIMIT ?""".formatted(Analysis.UNNAMED_SOURCE, Answers.MARK_START, Answers.MARK_END, where), params,
                r -> new SearchHit(r.getLong(1), r.getString(2), opt(r.getString(3)), opt(r.getString(4)), opt(r.getString(5)),
                        r.getString(6), r.getString(7)));
    }

    /** Articles, newest first, optionally from one outlet. */
    public List<ArticleSummary> articles(Optional<String> outlet, int limit, int offset) {
        return rows("""
                SELECT ar.id, ar.title, ar.outlet, ar.published, (SELECT count(*) FROM attributions a WHERE a.article = ar.id)
                FROM articles ar WHERE (? IS NULL OR ar.outlet = ? COLLATE NOCASE)
                ORDER BY ar.published IS NULL, ar.published DESC, ar.id DESC LIMIT ? OFFSET ?""",
                java.util.Arrays.asList(outlet.orElse(null), outlet.orElse(null), limit, offset),
                r -> new ArticleSummary(r.getLong(1), opt(r.getString(2)), opt(r.getString(3)), opt(r.getString(4)), r.getInt(5)));
    }

    /** One article with its attributions, spans and entities, as stored. */
    public Optional<ArticleView> articleView(long id) {
        Optional<StoredArticle> article = article(id);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        String text = article.get().text();
        Map<Long, Map<String, List<Span>>> spans = new HashMap<>();
        rows("""
                SELECT s.attribution, s.role, s.start, s.end FROM spans s JOIN attributions a ON a.id = s.attribution
                WHERE a.article = ? ORDER BY s.start""", List.of(id), r -> {
            spans.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).computeIfAbsent(r.getString(2), k -> new ArrayList<>())
                    .add(span(text, r.getInt(3), r.getInt(4)));
            return null;
        });
        List<AttributionView> attributions = rows("""
                SELECT a.id, a.local_id, a.kind, a.parent, a.speaker, sp.name, sp.type, a.role, a.recipient, rc.name, rc.type,
                       a.chain, a.confidence
                FROM attributions a LEFT JOIN entities sp ON sp.id = a.speaker LEFT JOIN entities rc ON rc.id = a.recipient
                WHERE a.article = ? ORDER BY a.id""", List.of(id), r -> {
            Map<String, List<Span>> own = spans.getOrDefault(r.getLong(1), Map.of());
            long speaker = r.getLong(5);
            Optional<EntityRef> speakerRef = r.wasNull() ? Optional.empty() : Optional.of(new EntityRef(speaker, r.getString(6), r.getString(7)));
            long recipient = r.getLong(9);
            Optional<EntityRef> recipientRef = r.wasNull() ? Optional.empty() : Optional.of(new EntityRef(recipient, r.getString(10), r.getString(11)));
            return new AttributionView(r.getString(2), r.getString(3), own.getOrDefault("cue", List.of()).stream().findFirst(),
                    own.getOrDefault("source", List.of()), own.getOrDefault("content", List.of()), own.getOrDefault("hedge", List.of()),
                    speakerRef, opt(r.getString(8)), recipientRef, own.getOrDefault("recipient", List.of()).stream().findFirst(),
                    opt(r.getString(4)), list(r.getString(12)), r.getDouble(13));
        });
        Map<Long, EntityView> entities = new java.util.LinkedHashMap<>();
        rows("""
                SELECT e.id, e.name, e.type, m.start, m.end FROM mentions m JOIN entities e ON e.id = m.entity
                WHERE m.article = ? ORDER BY m.start""", List.of(id), r -> {
            entities.computeIfAbsent(r.getLong(1), k -> {
                try {
                    return new EntityView(k, r.getString(2), r.getString(3), new ArrayList<>());
                } catch (SQLException e) {
                    throw new StoreException(file + ": " + e.getMessage(), e);
                }
            }).mentions().add(span(text, r.getInt(4), r.getInt(5)));
            return null;
        });
        return Optional.of(new ArticleView(article.get(), attributions, List.copyOf(entities.values())));
    }

    /** The span of {@code text} from code point {@code start} to {@code end}. */
    private static Span span(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        return new Span(start, end, text.substring(from, to));
    }

    /** One speaker across the archive, or empty when there is no entity with this id. */
    public Optional<SpeakerView> speaker(long id) {
        List<EntityRef> found = rows("SELECT id, name, type FROM entities WHERE id = ?", List.of(id),
                r -> new EntityRef(r.getLong(1), r.getString(2), r.getString(3)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EntityRef e = found.get(0);
        List<String> aliases = rows("SELECT alias FROM aliases WHERE entity = ? ORDER BY alias", List.of(id), r -> r.getString(1));
        List<RoleSpan> roles = rows("""
                SELECT a.role, min(ar.published), max(ar.published), count(*) AS n
                FROM attributions a JOIN articles ar ON ar.id = a.article
                WHERE a.speaker = ? AND a.role IS NOT NULL GROUP BY a.role ORDER BY min(ar.published), n DESC""", List.of(id),
                r -> new RoleSpan(r.getString(1), opt(r.getString(2)), opt(r.getString(3)), r.getInt(4)));
        List<Count> outlets = rows("""
                SELECT coalesce(ar.outlet, '(no outlet)'), count(*) AS n FROM attributions a JOIN articles ar ON ar.id = a.article
                WHERE a.speaker = ? GROUP BY ar.outlet ORDER BY n DESC""", List.of(id), r -> new Count(r.getString(1), r.getInt(2)));
        List<Count> relays = rows("""
                SELECT a.relay, count(*) AS n FROM attributions a WHERE a.speaker = ? AND a.relay IS NOT NULL
                GROUP BY a.relay ORDER BY n DESC""", List.of(id), r -> new Count(r.getString(1), r.getInt(2)));
        return Optional.of(new SpeakerView(e.id(), e.name(), e.type(), aliases, roles, outlets, relays, quotesOf(List.of(id))));
    }

    /**
     * Who cites whom, the strongest links first: each link of every chain of custody, the article's
     * outlet citing the first reporter ("Politico → Associated Press → NIS").
     */
    public List<Edge> citations(int limit) {
        Map<List<String>, Integer> counts = new HashMap<>();
        rows("SELECT coalesce(ar.outlet, 'unknown outlet'), a.chain FROM attributions a JOIN articles ar ON ar.id = a.article",
                List.of(), r -> {
                    List<String> chain = new ArrayList<>(list(r.getString(2)));
                    chain.set(chain.size() - 1, r.getString(1));
                    for (int i = chain.size() - 1; i > 0; i--) {
                        if (!chain.get(i - 1).equals(Analysis.UNNAMED_SOURCE)) {
                            counts.merge(List.of(chain.get(i), chain.get(i - 1)), 1, Integer::sum);
                        }
                    }
                    return null;
                });
        return counts.entrySet().stream()
                .sorted(Map.Entry.<List<String>, Integer>comparingByValue().reversed().thenComparing(x -> x.getKey().toString()))
                .limit(limit).map(x -> new Edge(x.getKey().get(0), x.getKey().get(1), x.getValue())).toList();
    }

    /** Each word quoted, so what a user types is never FTS5 syntax. */
    static String ftsQuery(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add("\"" + w + "\"");
            }
        }
        return String.join(" ", words);
    }

    /** Whom an outlet's articles cite, and the relays their claims come through. */
    public Optional<OutletReport> outlet(String name, int limit) {
        List<String> names = rows("SELECT DISTINCT outlet FROM articles WHERE outlet = ? COLLATE NOCASE", List.of(name.strip()), r -> r.getString(1));
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String outlet = names.get(0);
        int articles = rows("SELECT count(*) FROM articles WHERE outlet = ? COLLATE NOCASE", List.of(outlet), r -> r.getInt(1)).get(0);
        int attributions = rows("SELECT count(*) FROM attributions a JOIN articles ar ON ar.id = a.article WHERE ar.outlet = ? COLLATE NOCASE",
                List.of(outlet), r -> r.getInt(1)).get(0);
        List<Count> cited = rows("""
                SELECT e.name, count(*) AS n FROM attributions a JOIN articles ar ON ar.id = a.article JOIN entities e ON e.id = a.speaker
                WHERE ar.outlet = ? COLLATE NOCASE GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?""", List.of(outlet, limit),
                r -> new Count(r.getString(1), r.getInt(2)));
        List<Count> relays = rows("""
                SELECT a.relay, count(*) AS n FROM attributions a JOIN articles ar ON ar.id = a.article
                WHERE ar.outlet = ? COLLATE NOCASE AND a.relay IS NOT NULL GROUP BY a.relay ORDER BY n DESC, a.relay LIMIT ?""",
                List.of(outlet, limit), r -> new Count(r.getString(1), r.getInt(2)));
        return Optional.of(new OutletReport(outlet, articles, attributions, cited, relays));
    }

    /** The outlets in the store, most articles first. */
    public List<Count> outlets() {
        return rows("SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY n DESC, outlet",
                List.of(), r -> new Count(r.getString(1), r.getInt(2)));
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Optional<String> opt(String s) {
        return Optional.ofNullable(s);
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> List<T> rows(String sql, List<Object> params, Row<T> row) {
        try (PreparedStatement q = reader().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                q.setObject(i + 1, params.get(i));
            }
            List<T> out = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.add(row.read(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        try {
            for (Connection c : readConnections) {
                c.close();
            }
            db.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot close the store: " + e.getMessage(), e);
        }
    }
}
