package org.hearsay.speakers;

import org.hearsay.model.EntityType;
import org.hearsay.parse.CharSpan;
import org.hearsay.parse.Parse;
import org.hearsay.parse.PartyLabels;
import org.hearsay.parse.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides who each speaker and recipient mention refers to, within one article: pronouns and
 * relative pronouns to their antecedents, a surname to the full name before it, "the Times" and
 * "the NYT" to The New York Times, an acronym to the name it abbreviates. Separates a mention's name
 * from its role ("Ukraine's deputy prime minister"). Thread-safe: all state lives in one call.
 */
public final class SpeakerResolver {

    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms", "dr.", "dr");
    private static final Set<String> TITLES = java.util.Set.copyOf(java.util.List.of(
            "president", "general", "gen.", "minister", "senator", "sen.", "rep.", "representative", "gov.",
            "governor", "secretary", "chairman", "chairwoman", "chair", "judge", "justice", "prime", "deputy",
            "chief", "director", "spokesman", "spokeswoman", "spokesperson", "ambassador", "commander",
            "colonel", "col.", "lt.", "lieutenant", "king", "queen", "pope", "prince", "princess", "mayor",
            "ceo", "professor", "prof.", "vice", "former", "acting", "attorney", "sheriff", "captain",
            "capt.", "sergeant", "sgt.", "admiral", "adm.", "speaker", "leader", "candidate", "nominee",
            "chancellor", "premier", "councillor", "councilman", "councilwoman", "commissioner", "officer",
            "executive", "founder", "head", "transport", "foreign", "defense", "defence", "health",
            "finance", "interior", "justice", "state", "u.s.", "labor", "labour", "economy", "trade"));
    private static final Set<String> OUTLET_ANAPHORS = java.util.Set.copyOf(java.util.List.of(
            "newspaper", "paper", "agency", "network", "outlet", "broadcaster", "daily", "magazine",
            "publication", "wire", "station", "channel", "tabloid", "website", "site"));
    private static final Set<String> WORKS = java.util.Set.copyOf(java.util.List.of(
            "poll", "survey", "study", "report", "data", "analysis", "research", "document", "statement",
            "memo", "letter", "filing", "complaint", "lawsuit", "figures", "numbers", "review", "audit",
            "census", "records", "polls", "surveys", "studies", "reports", "documents", "emails", "email",
            "book", "article", "post", "tweet", "video", "ad", "advertisement", "website", "ruling", "order"));
    private static final Set<String> ORG_WORDS = java.util.Set.copyOf(java.util.List.of(
            "service", "ministry", "department", "agency", "administration", "office", "council", "committee",
            "foundation", "institute", "party", "campaign", "commission", "bureau", "authority", "union",
            "company", "corp", "corp.", "inc.", "inc", "group", "association", "court", "government",
            "parliament", "congress", "senate", "house", "army", "military", "police", "church", "university",
            "center", "centre", "board", "fund", "bank", "organization", "organisation", "coalition", "alliance",
            "federation", "team", "white", "kremlin", "pentagon", "un", "nato", "fbi", "cia", "nis"));
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "&", "on", "de");

    private final OutletDirectory outlets;

    public SpeakerResolver(OutletDirectory outlets) {
        this.outlets = outlets;
    }

    public Resolution resolve(Parse parse, List<Mention> mentions) {
        Run run = new Run(parse);
        List<Mention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparing(Mention::span));
        // names the article gives in passing can be what a later "he" or "Smith" refers to
        List<Mention> background = namedEntities(parse, ordered);
        List<Object[]> all = new ArrayList<>();
        for (Mention m : ordered) {
            all.add(new Object[] {m, Boolean.FALSE});
        }
        for (Mention m : background) {
            all.add(new Object[] {m, Boolean.TRUE});
        }
        all.sort(Comparator.comparing(o -> ((Mention) o[0]).span()));
        for (Object[] o : all) {
            run.resolve((Mention) o[0], (Boolean) o[1]);
        }
        List<EntityCluster> referenced = new ArrayList<>();
        for (Mention m : ordered) {
            EntityCluster c = run.entityOf.get(m);
            if (c != null && !referenced.contains(c)) {
                referenced.add(c);
            }
        }
        referenced.sort(Comparator.comparing(c -> c.mentions().get(0)));
        Map<Mention, EntityCluster> entityOf = new HashMap<>();
        for (Mention m : ordered) {
            EntityCluster c = run.entityOf.get(m);
            if (c != null) {
                entityOf.put(m, c);
            }
        }
        return new Resolution(referenced, entityOf, run.roleOf);
    }

    private static List<Mention> namedEntities(Parse parse, List<Mention> known) {
        List<Mention> out = new ArrayList<>();
        List<Token> tokens = parse.tokens();
        int i = 0;
        while (i < tokens.size()) {
            String ner = tokens.get(i).ner();
            if (!ner.equals("PERSON") && !ner.equals("ORGANIZATION")) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(ner) && tokens.get(j + 1).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            CharSpan span = new CharSpan(tokens.get(i).begin(), tokens.get(j).end());
            boolean covered = known.stream().anyMatch(m -> m.span().overlaps(span));
            if (!covered) {
                out.add(new Mention(span, j));
            }
            i = j + 1;
        }
        return out;
    }

    /** The state of one resolution. */
    private final class Run {
        final Parse parse;
        final List<EntityCluster> clusters = new ArrayList<>();
        final Map<Mention, EntityCluster> entityOf = new LinkedHashMap<>();
        final Map<Mention, String> roleOf = new HashMap<>();

        Run(Parse parse) {
            this.parse = parse;
        }

        void resolve(Mention m, boolean background) {
            Reading r = background ? readNamedEntity(m) : read(m);
            if (r == null) {
                return;
            }
            if (r.role != null && !background) {
                roleOf.put(m, r.role);
            }
            EntityCluster c = switch (r.kind) {
                case PRONOUN -> antecedent(m, r);
                case RELATIVE -> relativeAntecedent(m);
                case OUTLET_ANAPHOR -> latest(m.span().begin(), Set.of(EntityType.OUTLET));
                case FIRST_PERSON -> null;
                case NAME -> named(r);
            };
            if (c == null && r.kind == Kind.NAME) {
                c = new EntityCluster(r.name, r.type);
                clusters.add(c);
            }
            if (c == null) {
                return;
            }
            c.add(m.span(), r.kind == Kind.NAME ? r.name : null);
            if (r.acronym != null) {
                c.names.add(r.acronym);
            }
            if (r.role != null && !background) {
                c.roles.add(r.role);
            }
            entityOf.put(m, c);
        }

        EntityCluster antecedent(Mention m, Reading r) {
            Set<EntityType> types = switch (r.name) {
                case "he", "him", "his", "she", "her" -> Set.of(EntityType.PERSON);
                case "they", "them", "their" -> Set.of(EntityType.GROUP, EntityType.ORGANIZATION, EntityType.OUTLET);
                default -> Set.of(EntityType.ORGANIZATION, EntityType.OUTLET, EntityType.WORK);
            };
            return latest(m.span().begin(), types);
        }

        EntityCluster latest(int before, Set<EntityType> types) {
            EntityCluster best = null;
            for (EntityCluster c : clusters) {
                if (types.contains(c.type) && c.lastMention < before && (best == null || c.lastMention > best.lastMention)) {
                    best = c;
                }
            }
            return best;
        }

        /** "Chris Cox, who said": the noun the relative clause hangs from. */
        EntityCluster relativeAntecedent(Mention m) {
            if (m.head() < 0) {
                return null;
            }
            int verb = parse.token(m.head()).head();
            if (verb < 0) {
                return null;
            }
            int noun = parse.token(verb).head();
            if (noun < 0 || !parse.token(verb).relation().startsWith("acl")) {
                return null;
            }
            Token n = parse.token(noun);
            for (Map.Entry<Mention, EntityCluster> e : entityOf.entrySet()) {
                if (e.getKey().span().contains(new CharSpan(n.begin(), n.end()))) {
                    return e.getValue();
                }
            }
            Reading r = readHead(noun, null);
            if (r == null || r.kind != Kind.NAME) {
                return null;
            }
            EntityCluster c = named(r);
            if (c == null) {
                c = new EntityCluster(r.name, r.type);
                clusters.add(c);
            }
            return c;
        }

        EntityCluster named(Reading r) {
            String key = OutletDirectory.key(r.name);
            EntityCluster best = null;
            for (EntityCluster c : clusters) {
                if (matches(c, r, key) && (best == null || c.lastMention > best.lastMention)) {
                    best = c;
                }
            }
            return best;
        }

        boolean matches(EntityCluster c, Reading r, String key) {
            for (String n : c.names) {
                if (OutletDirectory.key(n).equals(key)) {
                    return true;
                }
            }
            if (r.type == EntityType.OUTLET && c.type == EntityType.OUTLET) {
                // "the Times" after "The New York Times"; "Herald" after "the Valmora Herald"
                String ckey = OutletDirectory.key(c.name);
                return !key.contains(" ") && ckey.endsWith(" " + key) || initials(c.name).equalsIgnoreCase(key);
            }
            if (isAcronym(r.name)) {
                return initials(c.name).equalsIgnoreCase(r.name);
            }
            if (r.type == EntityType.PERSON && c.type == EntityType.PERSON) {
                String[] mine = key.split(" ");
                String[] theirs = OutletDirectory.key(c.name).split(" ");
                // a surname alone, or the same surname with a first name the cluster lacks
                return mine.length == 1 && mine[0].equals(theirs[theirs.length - 1])
                        || theirs.length == 1 && theirs[0].equals(mine[mine.length - 1]);
            }
            return false;
        }

        /**
         * A name found by the entity tagger, read from its tokens alone: its sentence may have had no
         * dependency parse, since nothing in it is reported.
         */
        Reading readNamedEntity(Mention m) {
            int[] tokens = parse.tokensIn(m.span());
            int first = 0;
            while (first < tokens.length - 1 && HONORIFICS.contains(parse.token(tokens[first]).word().toLowerCase(Locale.ROOT))) {
                first++;
            }
            Token head = parse.token(m.head());
            String name = SpeakerText.clean(new CharSpan(parse.token(tokens[first]).begin(), m.span().end()).of(parse.text()));
            EntityType type = outlets.canonical(name).isPresent() ? EntityType.OUTLET
                    : head.ner().equals("PERSON") ? EntityType.PERSON : EntityType.ORGANIZATION;
            return new Reading(Kind.NAME, outlets.canonical(name).orElse(name), null, type, null);
        }

        Reading read(Mention m) {
            if (m.head() < 0) {
                return readLayout(m);
            }
            return readHead(m.head(), m.span());
        }

        /** A press-release signature: "Name, Title". */
        Reading readLayout(Mention m) {
            String text = m.span().of(parse.text());
            int comma = text.indexOf(',');
            String name = (comma < 0 ? text : text.substring(0, comma)).trim();
            String role = comma < 0 ? null : text.substring(comma + 1).trim();
            EntityType type = outlets.canonical(name).isPresent() ? EntityType.OUTLET : EntityType.PERSON;
            return new Reading(Kind.NAME, outlets.canonical(name).orElse(name), role == null || role.isEmpty() ? null : role, type, null);
        }

        Reading readHead(int head, CharSpan limit) {
            Token h = parse.token(head);
            String lower = h.word().toLowerCase(Locale.ROOT);
            switch (lower) {
                case "he", "him", "she", "her", "they", "them", "it":
                    return new Reading(Kind.PRONOUN, lower, null, null, null);
                case "who", "which", "that", "whom":
                    return new Reading(Kind.RELATIVE, lower, null, null, null);
                case "i", "we", "you", "me", "us":
                    return new Reading(Kind.FIRST_PERSON, lower, null, null, null);
                default:
                    break;
            }
            BitSet inSpan = limit == null ? parse.subtree(head) : within(parse.subtree(head), limit);
            BitSet core = core(head, inSpan);
            String acronym = null;
            List<String> roles = new ArrayList<>();
            for (int c : parse.children(head)) {
                Token t = parse.token(c);
                if (!inSpan.get(c)) {
                    continue;
                }
                boolean shortForm = isAcronym(t.word()) && parse.subtree(c).cardinality() <= 3;
                if (shortForm && (t.relation().equals("appos") || t.relation().equals("dep"))) {
                    acronym = t.word(); // "National Intelligence Service (NIS)"
                } else if (t.relation().equals("appos") || t.relation().equals("dep") && PartyLabels.isLabel(t.word())) {
                    roles.add(textOf(parse.subtree(c))); // "Rep. Ana Ortiz (D-Md.)": the party label too
                }
            }
            if (lower.equals("the") || core.isEmpty()) {
                return null;
            }
            if (!h.isProperNoun() && !h.ner().equals("PERSON")) {
                // "Its chief executive, Daniel Okafor": the apposition is the name, the head the role
                for (int c : parse.children(head)) {
                    Token t = parse.token(c);
                    if (inSpan.get(c) && t.relation().equals("appos") && (t.ner().equals("PERSON") || t.isProperNoun())
                            && !isAcronym(t.word())) {
                        Reading named = readHead(c, limit);
                        if (named != null && named.kind == Kind.NAME) {
                            String role = textOf(core);
                            return new Reading(Kind.NAME, named.name, role, named.type, named.acronym);
                        }
                    }
                }
            }
            Token first = parse.token(core.nextSetBit(0));
            if (first.lemma().equals("the") && core.cardinality() == 2 && OUTLET_ANAPHORS.contains(h.lemma())) {
                return new Reading(Kind.OUTLET_ANAPHOR, lower, null, null, null);
            }
            // split a person's name from the titles before it: "Ukrainian General | Oleksandr Syrsky"
            boolean person = h.ner().equals("PERSON");
            int coreStart = core.nextSetBit(0);
            int nameStart = head;
            while (nameStart - 1 >= coreStart && isNamePart(parse.token(nameStart - 1), person)) {
                nameStart--;
            }
            boolean titled = false;
            for (int i = coreStart; i < nameStart; i++) {
                titled |= TITLES.contains(parse.token(i).word().toLowerCase(Locale.ROOT));
            }
            BitSet name = (BitSet) core.clone();
            BitSet title = new BitSet();
            if (person || titled && h.isProperNoun()) {
                name.clear(coreStart, nameStart);
                for (int i = coreStart; i < nameStart; i++) {
                    if (!isDeterminerOrHonorific(parse.token(i))) {
                        title.set(i);
                    }
                }
            }
            while (!name.isEmpty() && isDeterminerOrHonorific(parse.token(name.nextSetBit(0)))) {
                name.clear(name.nextSetBit(0));
            }
            if (name.isEmpty()) {
                name.set(head);
            }
            if (!title.isEmpty()) {
                roles.add(0, textOf(title));
            }
            String nameText = textOf(name);
            EntityType type = typeOf(h, nameText, core, inSpan);
            if (type == EntityType.OUTLET && outlets.canonical(nameText).isPresent()
                    && !outlets.canonical(nameText).get().equals(nameText)) {
                // "the NYT" is The New York Times, and "NYT" is one of its names
                acronym = acronym == null ? nameText : acronym;
                nameText = outlets.canonical(nameText).get();
            }
            if (type == EntityType.DESCRIPTION && limit != null) {
                // known only by description: keep the description as written
                nameText = SpeakerText.clean(limit.of(parse.text()));
            }
            String role = roles.isEmpty() ? null : String.join(", ", roles);
            return new Reading(Kind.NAME, nameText, role, type, acronym);
        }

        EntityType typeOf(Token head, String name, BitSet core, BitSet inSpan) {
            if (outlets.canonical(name).isPresent()) {
                return EntityType.OUTLET;
            }
            if (head.ner().equals("PERSON")) {
                return EntityType.PERSON;
            }
            boolean proper = head.isProperNoun();
            if (proper && OutletDirectory.looksLikeOutlet(name)) {
                return EntityType.OUTLET;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            for (String w : lower.split("\\s+")) {
                if (ORG_WORDS.contains(w) && (proper || head.ner().equals("ORGANIZATION") || lower.startsWith("the "))) {
                    return EntityType.ORGANIZATION;
                }
            }
            if (head.ner().equals("ORGANIZATION")) {
                return EntityType.ORGANIZATION;
            }
            if (WORKS.contains(head.lemma()) || WORKS.contains(head.word().toLowerCase(Locale.ROOT))) {
                return EntityType.WORK;
            }
            if (head.tag().equals("NNS") || head.tag().equals("NNPS")) {
                return EntityType.GROUP;
            }
            if (TITLES.contains(head.lemma()) && !ORG_WORDS.contains(head.lemma())) {
                return EntityType.PERSON; // "the mayor", "the spokesman"
            }
            if (proper) {
                return head.ner().equals("LOCATION") ? EntityType.ORGANIZATION : EntityType.PERSON;
            }
            for (int i = inSpan.nextSetBit(0); i >= 0; i = inSpan.nextSetBit(i + 1)) {
                if (parse.token(i).relation().startsWith("acl") || parse.token(i).lemma().equals("a")) {
                    return EntityType.DESCRIPTION;
                }
            }
            return ORG_WORDS.contains(head.lemma()) ? EntityType.ORGANIZATION : EntityType.DESCRIPTION;
        }

        /** The head with what names it: compounds, adjectives, possessors, flat names, "of" complements. */
        BitSet core(int head, BitSet inSpan) {
            BitSet out = new BitSet();
            out.set(head);
            for (int c : parse.children(head)) {
                Token t = parse.token(c);
                if (!inSpan.get(c)) {
                    continue;
                }
                String rel = t.relation();
                boolean take = rel.equals("compound") || rel.equals("flat") || rel.equals("amod") || rel.equals("det")
                        || rel.equals("nmod:poss") || rel.equals("nummod") || rel.equals("case") && c < head;
                if (rel.equals("nmod") && c > head && (parse.token(head).isProperNoun() || parse.token(head).ner().equals("ORGANIZATION"))) {
                    int kase = parse.child(c, "case");
                    take = kase >= 0 && CONNECTORS.contains(parse.token(kase).lemma()) && parse.token(c).isProperNoun();
                }
                if (take) {
                    out.or(within(parse.subtree(c), inSpanCover(inSpan)));
                }
            }
            // keep it one contiguous run around the head
            int from = head;
            while (from - 1 >= 0 && out.get(from - 1)) {
                from--;
            }
            int to = head;
            while (out.get(to + 1)) {
                to++;
            }
            BitSet run = new BitSet();
            run.set(from, to + 1);
            return run;
        }

        CharSpan inSpanCover(BitSet inSpan) {
            return parse.cover(inSpan);
        }

        BitSet within(BitSet tokens, CharSpan limit) {
            BitSet out = new BitSet();
            for (int i = tokens.nextSetBit(0); i >= 0; i = tokens.nextSetBit(i + 1)) {
                Token t = parse.token(i);
                if (t.begin() >= limit.begin() && t.end() <= limit.end()) {
                    out.set(i);
                }
            }
            return out;
        }

        String textOf(BitSet tokens) {
            CharSpan cover = parse.cover(tokens);
            return cover == null ? "" : SpeakerText.clean(cover.of(parse.text()));
        }
    }

    private static boolean isNamePart(Token t, boolean person) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (TITLES.contains(w) || HONORIFICS.contains(w)) {
            return false;
        }
        return person ? t.ner().equals("PERSON") : t.isProperNoun();
    }

    private static boolean isDeterminerOrHonorific(Token t) {
        return t.lemma().equals("the") || t.lemma().equals("a") || t.lemma().equals("an")
                || HONORIFICS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    static boolean isAcronym(String word) {
        String letters = word.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
    }

    /** "National Intelligence Service" gives "NIS"; "The New York Times" gives "NYT". */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("The")) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    private enum Kind { PRONOUN, RELATIVE, FIRST_PERSON, OUTLET_ANAPHOR, NAME }

    private record Reading(Kind kind, String name, String role, EntityType type, String acronym) {
    }
}
