package org.emporium.search.control;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * How product text becomes words. Chinese goes through SmartChinese (a word segmenter: "红色连衣裙" becomes
 * 红色 / 连衣裙; it also lower-cases and stems the English inside), English names through the English
 * analyser (stemming, stop words), and everything once more as CJK bigrams, which find a Chinese word the
 * segmenter cut differently. SKU codes are matched whole, ignoring case.
 */
public final class SearchAnalysis {

    public static final String ID = "id";
    public static final String SLUG = "slug";
    public static final String TITLE_ZH = "title_zh";
    public static final String TITLE_EN = "title_en";
    public static final String BRAND = "brand";
    public static final String CATEGORY = "category";
    public static final String ATTRIBUTES = "attributes";
    public static final String DESCRIPTION = "description";
    public static final String SKU = "sku";
    public static final String ALL = "all";
    public static final String ALL_EN = "all_en";
    public static final String ALL_CJK = "all_cjk";

    private SearchAnalysis() {}

    /** The analyser of every field, for writing and for querying alike. */
    public static Analyzer analyzer() {
        Analyzer chinese = new SmartChineseAnalyzer();
        Analyzer english = new EnglishAnalyzer();
        return new PerFieldAnalyzerWrapper(
                chinese,
                Map.of(
                        TITLE_EN,
                        english,
                        ALL_EN,
                        english,
                        ALL_CJK,
                        new CJKAnalyzer(CharArraySet.EMPTY_SET),
                        SKU,
                        codes()));
    }

    /**
     * The suggester's analyser: the standard tokenizer cuts Chinese into single characters, so a name is
     * found from any characters of it as they are typed, before the segmenter could tell a whole word.
     */
    public static Analyzer suggestions() {
        return new StandardAnalyzer(CharArraySet.EMPTY_SET);
    }

    /** SKU codes: the whole code, lower case. */
    public static Analyzer codes() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new KeywordTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
    }

    /** The text of stored rich text (a description), without tags and with entities decoded. */
    public static String plainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        try (Reader reader = new HTMLStripCharFilter(new StringReader(html))) {
            StringBuilder out = new StringBuilder(html.length());
            char[] buffer = new char[1024];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                out.append(buffer, 0, n);
            }
            return out.toString().replaceAll("\\s+", " ").trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
