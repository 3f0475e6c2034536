package org.agora.lesson;

/** A heading (level 1-4) or a paragraph (level 0) of an article, as text. */
record ArticleBlock(int level, String text) {

    static ArticleBlock paragraph(String text) {
        return new ArticleBlock(0, text);
    }

    boolean heading() {
        return level > 0;
    }
}
