package org.agora;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AgoraApplication {
    public static void main(String[] args) {
        SpringApplication.run(AgoraApplication.class, args);
    }
}
