package org.agora.lesson;

/**
 * A heading (level 1-4) or a paragraph (level 0) of a page, as text; {@code article} tells
 * whether it is in the article's region or elsewhere on the page.
 */
record ArticleBlock(int level, String text, boolean article) {

    ArticleBlock(int level, String text) {
        this(level, text, true);
    }

    static ArticleBlock paragraph(String text) {
        return new ArticleBlock(0, text);
    }

    boolean heading() {
        return level > 0;
    }

    ArticleBlock inArticle() {
        return new ArticleBlock(level, text, true);
    }
}
