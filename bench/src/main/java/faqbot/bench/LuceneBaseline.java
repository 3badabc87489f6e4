package faqbot.bench;

import faqbot.core.Answer;
import faqbot.faq.Entry;
import faqbot.faq.Faq;
import faqbot.faq.Lang;
import faqbot.faq.LocalizedText;
import faqbot.match.Candidate;
import faqbot.match.MatchResult;
import faqbot.match.NormalizedText;
import faqbot.match.Normalizer;
import faqbot.match.Question;
import faqbot.reply.ReplyComposer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * What a developer would reach for instead of keyword rules: an in-memory Lucene index over the
 * same FAQ (BM25; nori for Korean, the English analyzer for English), queried with the question's
 * analyzed terms and answered through the same {@link ReplyComposer}, so both engines are timed on
 * the whole path to a reply with warnings. Thread-safe once built.
 */
public final class LuceneBaseline implements AutoCloseable {
    /** How the FAQ is cut into documents. */
    public enum Layout {
        /** One document per entry: title, answer and examples of each language in two fields. */
        ENTRY,
        /** One document per title, answer and example; an entry's score is its best document's. */
        TEXT
    }

    /** Lucene's default clause limit; long questions keep their first distinct terms up to it. */
    static final int MAX_CLAUSES = IndexSearcher.getMaxClauseCount();
    private static final String ID = "id";
    private static final String EN = "en";
    private static final String KO = "ko";
    private static final int RANKED = 4;

    private final Layout layout;
    private final double cutoff;
    private final ReplyComposer composer;
    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer korean = new KoreanAnalyzer();
    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final String[] idOfDoc;
    private final Map<String, Integer> orderOfId = new HashMap<>();

    /** A search's best entry, or none; the score is BM25's, not on the rule matcher's scale. */
    public record Hit(Optional<String> id, double score, List<Candidate> ranked) {
    }

    public LuceneBaseline(Faq faq, Layout layout, double cutoff) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.cutoff = cutoff;
        this.composer = new ReplyComposer(faq);
        Map<String, Analyzer> perField = Map.of(EN, english, KO, korean);
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(english, perField))
                .setSimilarity(new BM25Similarity());
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (Entry e : faq.entries()) {
                orderOfId.put(e.id(), e.order());
                for (Document d : documents(e)) {
                    w.addDocument(d);
                }
            }
            w.forceMerge(1);
            w.commit();
            reader = DirectoryReader.open(dir);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        idOfDoc = new String[reader.maxDoc()];
        try {
            for (int i = 0; i < idOfDoc.length; i++) {
                idOfDoc[i] = searcher.storedFields().document(i).get(ID);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private List<Document> documents(Entry e) {
        List<Document> docs = new ArrayList<>();
        if (layout == Layout.ENTRY) {
            Document d = new Document();
            d.add(new StoredField(ID, e.id()));
            for (Lang lang : Lang.values()) {
                for (String text : texts(e.text(lang))) {
                    d.add(new TextField(field(lang), text, Field.Store.NO));
                }
            }
            docs.add(d);
        } else {
            for (Lang lang : Lang.values()) {
                for (String text : texts(e.text(lang))) {
                    Document d = new Document();
                    d.add(new StoredField(ID, e.id()));
                    d.add(new TextField(field(lang), text, Field.Store.NO));
                    docs.add(d);
                }
            }
        }
        return docs;
    }

    private static List<String> texts(LocalizedText t) {
        List<String> out = new ArrayList<>();
        out.add(t.title());
        out.add(t.answer());
        out.addAll(t.examples());
        return out;
    }

    private static String field(Lang lang) {
        return lang == Lang.KO ? KO : EN;
    }

    public double cutoff() {
        return cutoff;
    }

    public Layout layout() {
        return layout;
    }

    /**
     * Searches both fields with the question analyzed by each language's analyzer (as the rule
     * matcher applies both languages' rules); never throws for any text.
     */
    public Hit search(String question) {
        String text = question.length() > Normalizer.MAX_INPUT_CHARS ? question.substring(0, Normalizer.MAX_INPUT_CHARS) : question;
        Set<Term> terms = new LinkedHashSet<>();
        analyze(english, EN, text, terms);
        analyze(korean, KO, text, terms);
        if (terms.isEmpty()) {
            return new Hit(Optional.empty(), 0, List.of());
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Term t : terms) {
            b.add(new TermQuery(t), BooleanClause.Occur.SHOULD);
        }
        try {
            TopDocs top = searcher.search(b.build(), layout == Layout.ENTRY ? RANKED : 50);
            List<Candidate> ranked = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (ScoreDoc sd : top.scoreDocs) {
                String id = idOfDoc[sd.doc];
                if (seen.add(id)) {
                    ranked.add(new Candidate(id, sd.score, orderOfId.get(id)));
                }
                if (ranked.size() == RANKED) {
                    break;
                }
            }
            // Lucene breaks score ties by doc id; rank like the rule matcher for the same determinism.
            ranked.sort(null);
            return ranked.isEmpty() ? new Hit(Optional.empty(), 0, List.of())
                    : new Hit(Optional.of(ranked.get(0).id()), ranked.get(0).score(), ranked);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The analyzed terms, distinct, at most {@link #MAX_CLAUSES} in all, so no question can exceed the clause limit. */
    private static void analyze(Analyzer analyzer, String field, String text, Set<Term> into) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (into.size() < MAX_CLAUSES && ts.incrementToken()) {
                into.add(new Term(field, term.toString()));
            }
            ts.end();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Question to reply, the whole path: search, cut-off, then the bot's own composer (warnings included). */
    public Answer ask(Question question) {
        Hit hit = search(question.text());
        Lang lang = question.forced().orElse(BenchData.hasHangul(question.text()) ? Lang.KO : question.fallback());
        Optional<Candidate> best = hit.score() >= cutoff && !hit.ranked().isEmpty() ? Optional.of(hit.ranked().get(0)) : Optional.empty();
        MatchResult m = new MatchResult(question.text(), "", lang, best, hit.ranked(), List.of(), false);
        return new Answer(m, composer.compose(m));
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
        english.close();
        korean.close();
    }
}
