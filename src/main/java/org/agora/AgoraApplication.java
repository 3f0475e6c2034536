package org.agora;

import org.agora.base.PushBuffers;
import org.agora.base.backup.DatabaseRestore;
import org.agora.lesson.ArticleToLesson;
import org.agora.lesson.GiftToQuestions;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@EnableScheduling
@SpringBootApplication
public class AgoraApplication {
    public static void main(String[] args) {
        if (DatabaseRestore.isRequested(args)) {
            // A restore replaces the database file, so it runs alone, before anything opens it.
            System.exit(DatabaseRestore.run(args, System.getenv("AGORA_DATA_DIR"), System.out));
        }
        // Commands for scripts: no web server, no data directory.
        if (ArticleToLesson.isRequested(args)) {
            System.exit(ArticleToLesson.run(args, System.out, System.err));
        }
        if (GiftToQuestions.isRequested(args)) {
            System.exit(GiftToQuestions.run(args, System.out, System.err));
        }
        PushBuffers.keepSmall();
        SpringApplication.run(AgoraApplication.class, args);
    }
}
